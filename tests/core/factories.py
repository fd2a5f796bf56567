"""Factories for core content: standard pages, images, menus. Pages go through the tree API."""

import uuid

import factory
import wagtail_factories
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.models import NavigationItem, NavigationMenu, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guidance for parents {n}")
    summary = "What to do when something goes wrong online."

    class Meta:
        model = StandardPage


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Poster {n}")
    description = "A teal poster with amber circles."
    file = factory.django.ImageField(width=640, height=360, color="teal")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = get_image_model()


def block(block_type, value):
    """One raw StreamField block with a fixed id."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def item(value):
    """One raw ListBlock item."""
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def make_menu(place, links, locale=None):
    """A NavigationMenu holding `links` [(page, label)] in order."""
    menu = NavigationMenu(place=place, locale=locale or links[0][0].locale)
    menu.items = [
        NavigationItem(page=page, label=label, sort_order=order)
        for order, (page, label) in enumerate(links)
    ]
    menu.save()
    return menu
