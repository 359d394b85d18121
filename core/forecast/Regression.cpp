// Filled in by the forecast work.
