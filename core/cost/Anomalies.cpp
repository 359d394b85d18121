// Filled in by the cost work.
