"""Thai text handling: normalisation, tokenisation, numbers, dates, quality, analysis."""
