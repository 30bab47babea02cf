"""The contribution wizard's storage: the framework's signed-field storage, for photos.

Photos wait between steps as pending files (re-encoded JPEGs, see `heritage_mapping.photos`);
see `tools.wizard_storage` for why the wizard keeps no session.
"""

from tools.wizard_storage import PendingUpload, SignedFieldStorage

__all__ = ["PendingPhoto", "PhotoWizardStorage"]

#: A photo already checked and cleaned on an earlier step.
PendingPhoto = PendingUpload


class PhotoWizardStorage(SignedFieldStorage):
    """Pending files are the cleaned photos, always JPEG."""

    pending_content_type = "image/jpeg"
