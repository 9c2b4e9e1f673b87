"""Calls to action: the reusable snippet, the pledge and its signatures, the toolkit."""

from .call_to_action import CallToAction
from .pledge import PledgePage, PledgeSignature, SignerType
from .toolkit import ResourceKind, ToolkitPage, ToolkitResource

__all__ = [
    "CallToAction",
    "PledgePage",
    "PledgeSignature",
    "ResourceKind",
    "SignerType",
    "ToolkitPage",
    "ToolkitResource",
]
