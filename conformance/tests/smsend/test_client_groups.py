"""Client tests of the Contacts groups section: create, modify, delete, list, members."""

from __future__ import annotations

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import GroupListItem, GroupRequest
from smsgw_smsend.overlay import call, errors
from smsgw_smsend.overlay.operations import (
    add_contact_to_group,
    create_group,
    delete_group,
    get_contact,
    list_groups,
    modify_group,
    remove_contact_from_group,
)

from .builders import new_contact, new_group

UNKNOWN_ID = 999999999


def all_groups(client: AuthenticatedClient, page_size: int = 2) -> dict[int, GroupListItem]:
    """Every group of the account, read page by page."""
    found: dict[int, GroupListItem] = {}
    page_number = 1
    while True:
        page = call(list_groups, client=client, page_number=page_number, page_size=page_size)
        found.update({item.id_group: item for item in page.groups})
        if page_number * page_size >= page.total:
            assert len(found) == page.total
            return found
        page_number += 1


def group_ids_of(client: AuthenticatedClient, contact_id: str) -> list[str]:
    ids: list[str] = call(get_contact, client=client, contactid=contact_id).group_ids
    return ids


def test_create_group_answers_its_id_and_lists_it(client: AuthenticatedClient) -> None:
    group_id = call(create_group, client=client, body=GroupRequest(name="Clienti Roma", description="Roma"))
    assert isinstance(group_id, int)
    listed = all_groups(client)[group_id]
    assert (listed.group_name, listed.group_description) == ("Clienti Roma", "Roma")


def test_group_names_need_not_be_unique(client: AuthenticatedClient) -> None:
    body = GroupRequest(name="Same name", description="twice")
    first, second = call(create_group, client=client, body=body), call(create_group, client=client, body=body)
    assert first != second
    groups = all_groups(client)
    assert groups[first].group_name == groups[second].group_name == "Same name"


def test_list_groups_pages_through_every_group(client: AuthenticatedClient) -> None:
    made = {new_group(client, "paged") for _ in range(3)}
    default = call(list_groups, client=client)
    assert (default.page_number, default.page_size) == (1, 5)
    assert len(default.groups) == min(5, default.total)
    assert made <= set(all_groups(client, page_size=2))
    beyond = call(list_groups, client=client, page_number=default.total + 1, page_size=1)
    assert beyond.groups == [] and beyond.total == default.total


def test_modify_group(client: AuthenticatedClient) -> None:
    group_id = new_group(client, "before")
    answer = call(modify_group, client=client, group_id=group_id, body=GroupRequest(name="after", description="new"))
    assert answer == group_id
    listed = all_groups(client)[group_id]
    assert (listed.group_name, listed.group_description) == ("after", "new")


def test_modify_unknown_group_is_not_found(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        call(modify_group, client=client, group_id=UNKNOWN_ID, body=GroupRequest(name="x", description="y"))


def test_delete_group_keeps_its_contacts_by_default(client: AuthenticatedClient) -> None:
    group_id = new_group(client)
    contact_id = new_contact(client, group_ids=[str(group_id)])
    assert call(delete_group, client=client, group_id=group_id) is None
    assert group_id not in all_groups(client)
    assert group_ids_of(client, contact_id) == []
    with pytest.raises(errors.NotFoundError):
        call(delete_group, client=client, group_id=group_id)


def test_delete_group_with_deletecontacts_deletes_them(client: AuthenticatedClient) -> None:
    group_id, other = new_group(client), new_group(client)
    member = new_contact(client, group_ids=[str(group_id), str(other)])
    outsider = new_contact(client, group_ids=[str(other)])
    call(delete_group, client=client, group_id=group_id, deletecontacts="true")
    with pytest.raises(errors.NotFoundError):
        call(get_contact, client=client, contactid=member)
    assert group_ids_of(client, outsider) == [str(other)]


def test_add_and_remove_a_contact(client: AuthenticatedClient) -> None:
    group_id = new_group(client)
    contact_id = new_contact(client)
    assert call(add_contact_to_group, client=client, group_id=group_id, contact_id=contact_id) == contact_id
    assert group_ids_of(client, contact_id) == [str(group_id)]
    assert call(remove_contact_from_group, client=client, group_id=group_id, contact_id=contact_id) == contact_id
    assert group_ids_of(client, contact_id) == []
    assert call(get_contact, client=client, contactid=contact_id).id == contact_id  # the contact itself stays


@pytest.mark.parametrize("operation", [add_contact_to_group, remove_contact_from_group])
def test_group_membership_of_unknown_group_or_contact_is_not_found(
    client: AuthenticatedClient, operation: object
) -> None:
    group_id = new_group(client)
    contact_id = new_contact(client)
    with pytest.raises(errors.NotFoundError):
        call(operation, client=client, group_id=UNKNOWN_ID, contact_id=contact_id)  # type: ignore[arg-type]
    with pytest.raises(errors.NotFoundError):
        call(operation, client=client, group_id=group_id, contact_id=str(UNKNOWN_ID))  # type: ignore[arg-type]
