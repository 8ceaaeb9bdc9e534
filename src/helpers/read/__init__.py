"""Reading a report: the file, its text, its structure (documents, sections, sentences)."""
