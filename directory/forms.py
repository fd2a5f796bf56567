from wagtail.admin.forms import WagtailAdminModelForm


class OrganisationForm(WagtailAdminModelForm):
    """Phone numbers are checked for the organisation's country: hand each phone form the
    organisation, with the country just chosen, before the phone forms validate."""

    def full_clean(self):
        super().full_clean()
        for form in self.formsets["phones"].forms if "phones" in self.formsets else []:
            form.instance.organisation = self.instance
