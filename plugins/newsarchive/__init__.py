"""newsarchive: the pure core (reading, cleaning, structuring, tagging, deduplicating).

Nothing in this package imports Pelican; ``newsarchive_pelican`` adapts it.
"""
