"""Privacy rules every app shares."""

from typing import Final

#: Groups of people smaller than this are never shown: not as a count, a share, an average or
#: a row in an export (survey groups, monitor counts, event participants, benchmarks).
SMALL_GROUP: Final = 5
