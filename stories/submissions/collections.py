"""Private collections: rights given on a parent collection do not reach into them.

Wagtail's collection permissions flow down the tree, so the editors' rights over the root
collection would include the submitted photos. A private collection is opened only by a right
given on the collection itself (or inside it): moderators and administrators, never editors.
"""

from django.contrib.auth.models import Group
from django.db.models import Q

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from .roles import SUBMISSIONS_COLLECTION

PRIVATE_COLLECTIONS = [SUBMISSIONS_COLLECTION]


def private_paths():
    return list(
        Collection.objects.filter(depth=2, name__in=PRIVATE_COLLECTIONS).values_list(
            "path", flat=True
        )
    )


def blocking_path(permission_path, collection_path, private):
    """The private collection between a right's collection and a collection, if any."""
    for path in private:
        if len(path) > len(permission_path) and collection_path.startswith(path):
            return path
    return None


class PrivateCollectionsMixin:
    def _check_perm(self, user, actions, collection=None):
        if collection is None or not (user.is_active and user.is_authenticated):
            return super()._check_perm(user, actions, collection)
        if user.is_superuser:
            return True
        private = private_paths()
        return any(
            collection.path.startswith(permission.collection.path)
            and blocking_path(permission.collection.path, collection.path, private) is None
            for permission in self._get_user_permission_objects_for_actions(user, actions)
        )

    def _collections_with_perm(self, user, actions):
        private = private_paths()
        collections = Collection.objects.none()
        for permission in self._get_user_permission_objects_for_actions(user, actions):
            reached = Collection.objects.descendant_of(permission.collection, inclusive=True)
            for path in private:
                if len(path) > len(permission.collection.path):
                    reached = reached.exclude(path__startswith=path)
            collections |= reached
        return collections

    def _users_with_perm_filter(self, actions, collection=None):
        if collection is not None:
            private = [p for p in private_paths() if collection.path.startswith(p)]
            if private:
                ancestors = collection.get_ancestors(inclusive=True).filter(
                    depth__gte=len(private[0]) // Collection.steplen
                )
                ancestor_ids = list(ancestors.values_list("pk", flat=True))
                query = super()._users_with_perm_filter(actions, collection=None)
                return query & self._groups_on(actions, ancestor_ids)
        return super()._users_with_perm_filter(actions, collection)

    def _groups_on(self, actions, collection_ids):
        groups = Group.objects.filter(
            collection_permissions__permission__in=self._get_permission_objects_for_actions(
                actions
            ),
            collection_permissions__collection__in=collection_ids,
        )
        return Q(is_superuser=True) | Q(groups__in=groups)


class PrivateCollectionOwnershipPolicy(
    PrivateCollectionsMixin, CollectionOwnershipPermissionPolicy
):
    """Wagtail's policy for images and documents, with private collections kept closed."""


def register_private_collection_policies():
    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        policy = PrivateCollectionOwnershipPolicy(
            model, auth_model=auth_model, owner_field_name="uploaded_by_user"
        )
        register_permission_policy(model, policy)
