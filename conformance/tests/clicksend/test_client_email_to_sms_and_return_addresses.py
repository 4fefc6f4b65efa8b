"""Email to SMS (allowed addresses, stripped strings) and Post Return Address through the client: typed records
created, read, listed (every page, searched), updated and deleted."""

from __future__ import annotations

import pytest
from smsgw_clicksend import models
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.overlay import call, errors, items, operations, paged

from conformance.emulators.clicksend import dataset


def test_allowed_addresses_are_added_and_listed(client: AuthenticatedClient) -> None:
    assert list(items(paged.list_email_sms_allowed_addresses, client=client)) == []
    with_sender = call(
        operations.create_email_sms_allowed_address,
        client=client,
        body=models.EmailSmsAllowedAddressRequest(email_address="ops@example.com", from_="+17128845887"),
    )
    assert (with_sender.email_address, with_sender.from_) == ("ops@example.com", "+17128845887")
    without = call(
        operations.create_email_sms_allowed_address,
        client=client,
        body=models.EmailSmsAllowedAddressRequest(email_address="desk@example.com"),
    )
    assert without.from_ == "" and without.email_address_id == with_sender.email_address_id + 1
    listed = list(items(paged.list_email_sms_allowed_addresses, client=client))
    assert listed == [with_sender, without]
    (found,) = items(paged.list_email_sms_allowed_addresses, client=client, q="email_address:DESK")
    assert found == without


def test_an_allowed_address_with_a_bad_sender_is_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError):
        call(
            operations.create_email_sms_allowed_address,
            client=client,
            body=models.EmailSmsAllowedAddressRequest(email_address="ops@example.com", from_="has spaces in it"),
        )


def test_a_stripped_string_is_created_read_listed_updated_and_deleted(client: AuthenticatedClient) -> None:
    made = call(
        operations.create_email_sms_stripped_string,
        client=client,
        body=models.EmailSmsStrippedStringRequest(strip_string="~~~footer~~~"),
    )
    assert (made.rule_id, made.strip_string) == (dataset.EXAMPLE_RECORD + 1, "~~~footer~~~")
    assert call(operations.get_email_sms_stripped_string, client=client, rule_id=made.rule_id) == made
    listed = list(items(paged.list_email_sms_stripped_strings, client=client))
    assert [rule.rule_id for rule in listed] == [dataset.EXAMPLE_RECORD, made.rule_id]
    changed = call(
        operations.update_email_sms_stripped_string,
        client=client,
        rule_id=made.rule_id,
        body=models.EmailSmsStrippedStringRequest(strip_string="-- sent from my phone"),
    )
    assert changed.strip_string == "-- sent from my phone"
    assert call(operations.delete_email_sms_stripped_string, client=client, rule_id=made.rule_id) is True
    with pytest.raises(errors.NotFoundError):
        call(operations.get_email_sms_stripped_string, client=client, rule_id=made.rule_id)


def test_a_return_address_is_created_read_listed_updated_and_deleted(client: AuthenticatedClient) -> None:
    sent = models.PostReturnAddressRequest(
        address_name="Ann Lee",
        address_line_1="1 Harbour St",
        address_city="Sydney",
        address_postal_code="2000",
        address_country="AU",
    )
    made = call(operations.create_post_return_address, client=client, body=sent)
    assert made.return_address_id == dataset.EXAMPLE_RECORD + 1 and made.user_id > 0
    assert (made.address_name, made.address_postal_code, made.address_line_2, made.address_state) == (
        "Ann Lee",
        "2000",
        "",
        "",
    )
    assert call(operations.get_post_return_address, client=client, return_address_id=made.return_address_id) == made
    demo = call(operations.get_post_return_address, client=client, return_address_id=dataset.EXAMPLE_RECORD)
    assert (demo.address_city, demo.address_state) == ("Flynn", "WA")  # the spec's create example
    (found,) = items(paged.list_post_return_addresses, client=client, q="address_city:sydney")
    assert found == made

    sent.address_state = "NSW"
    moved = call(
        operations.update_post_return_address, client=client, return_address_id=made.return_address_id, body=sent
    )
    assert (moved.address_state, moved.address_name) == ("NSW", "Ann Lee")
    assert call(operations.delete_post_return_address, client=client, return_address_id=made.return_address_id) == []
    with pytest.raises(errors.NotFoundError):
        call(operations.get_post_return_address, client=client, return_address_id=made.return_address_id)
