"""Evidence: public sources held against the claims, and each claim's verification status."""
