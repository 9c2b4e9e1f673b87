"""Calls to action: the pledge and its signatures, the toolkit (the reusable call-to-action
snippet is shared by every app: itac.models.CallToAction)."""

from .pledge import PledgePage, PledgeSignature, SignerType
from .toolkit import ResourceKind, ToolkitPage, ToolkitResource

__all__ = [
    "PledgePage",
    "PledgeSignature",
    "ResourceKind",
    "SignerType",
    "ToolkitPage",
    "ToolkitResource",
]
