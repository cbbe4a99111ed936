"""GUI tests of the backup, restore and retention screens."""
