// Replaced by the real widgets.
