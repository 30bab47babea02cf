"""The evaluation guide: the method's elements and criteria, and how they are scored."""
