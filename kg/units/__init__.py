"""Units over time: change events (founding, renaming, merging, splitting, dissolution), the
reference data of the 2025 reorganisation, and reading a unit's name as of a date."""
