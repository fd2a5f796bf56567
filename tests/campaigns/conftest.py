import pytest

from campaigns.taxonomy import seed_taxonomy

from .factories import make_library


@pytest.fixture
def taxonomy(db):
    """The English filter terms (translations are tested separately: they are slow)."""
    seed_taxonomy(languages=[])


@pytest.fixture
def library(site, taxonomy):
    return make_library(site)
