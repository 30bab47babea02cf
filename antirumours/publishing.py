"""Publishing a draftable object from code (the demo loader, the factories)."""

__all__ = ["publish"]


def publish(instance):
    """Save a draftable object and publish it, as the admin's Publish button does."""
    instance.save()
    instance.save_revision().publish()
    instance.refresh_from_db()
    return instance
