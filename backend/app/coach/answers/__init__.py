"""Writing the built-in coach's answers: one module per kind of answer."""
