"""Typed calls that `mypy --strict` must accept, with the result types it must infer (test_typing.py).

Never imported or run: mypy reads it. Every API's operations go through `call`/`acall` with `assert_type` on the
result, `connect()`'s client goes straight into a generated function, and `with_options` keeps the operation's type.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import smsgw_smsc.models as smsc_models
import smsgw_smsc.overlay as smsc
import smsgw_smsend.models as smsend_models
import smsgw_smsend.overlay as smsend
import smsgw_whatcounts.models as whatcounts_models
import smsgw_whatcounts.overlay as whatcounts
from smsgw_smsc.api.balance import get_balance as smsc_get_balance
from smsgw_smsc.client import AuthenticatedClient as SmscClient
from smsgw_smsc.overlay import operations as smsc_ops
from smsgw_smsc.overlay.operations import SmscOperation
from smsgw_smsc.types import Response as SmscResponse
from smsgw_smsend.api.sms_send import send_sms as smsend_send_sms
from smsgw_smsend.api.user import check_session as smsend_check_session
from smsgw_smsend.client import AuthenticatedClient as SmsendClient
from smsgw_smsend.client import Client as SmsendAnonymousClient
from smsgw_smsend.overlay import operations as smsend_ops
from smsgw_smsend.types import Response as SmsendResponse
from smsgw_whatcounts.api.messages import get_messages as whatcounts_get_messages
from smsgw_whatcounts.client import AuthenticatedClient as WhatCountsClient
from smsgw_whatcounts.overlay import operations as whatcounts_ops
from smsgw_whatcounts.types import Response as WhatCountsResponse

# ---- smSend ----------------------------------------------------------------------------------------------------


def smsend_calls(c: SmsendClient, anonymous: SmsendAnonymousClient) -> None:
    request = smsend_models.SmsSendRequest(message_type="N", message="Hello", recipient=["+393471234567"])
    assert_type(call_send(c, request), smsend_models.SmsSendResponse)
    assert_type(smsend.call(smsend_ops.check_session, client=c), bool)
    assert_type(smsend.call(smsend_ops.reset_password, client=c, password="new"), bool)
    assert_type(smsend.call(smsend_ops.add_contact_to_blacklist, client=c, contact_id="AB12"), bool)
    contact = smsend_models.ContactCreateRequest(email="someone@example.com", phone_number="+393471234567")
    batch = smsend_models.ContactBatchCreateRequest(contacts=[contact])
    assert_type(smsend.call(smsend_ops.create_contacts, client=c, body=batch), int)
    assert_type(smsend.call(smsend_ops.add_numbers_to_sms_blacklist, client=c, body=["+393471234567"]), int)
    assert_type(smsend.call(smsend_ops.get_dashboard, client=c), str)
    group = smsend_models.GroupRequest(name="friends", description="my friends")
    assert_type(smsend.call(smsend_ops.create_group, client=c, body=group), int)  # the id from Location
    assert_type(smsend.call(smsend_ops.modify_group, client=c, group_id=1, body=group), int)
    assert_type(smsend.call(smsend_ops.create_contact, client=c, body=contact), str)  # the id from Location
    assert_type(smsend.call(smsend_ops.add_contact_to_group, client=c, group_id=1, contact_id="AB12"), str)
    assert_type(smsend.call(smsend_ops.login, client=anonymous, username="user", password="pw"), tuple[str, str])
    assert_type(smsend.call(smsend_ops.login_with_token, client=c, username="user", password="pw"), tuple[str, str])
    assert_type(smsend.call(smsend_ops.list_groups, client=c), smsend_models.GroupList)
    assert_type(smsend.call(smsend_ops.list_groups, client=c, page_number=2, page_size=10), smsend_models.GroupList)
    assert_type(smsend.call(smsend_ops.list_aliases, client=c, hide_not_approved=True), smsend_models.AliasList)
    assert_type(
        smsend.call(smsend_ops.get_sms_history, client=c, from_="20240101000000"), smsend_models.SmsHistoryResponse
    )
    assert_type(smsend.call(smsend_ops.list_mo_received_sms, client=c, type_="STOP"), smsend_models.ReceivedSmsMoPage)
    assert_type(smsend.call(smsend_ops.get_contact, client=c, contactid="AB12"), smsend_models.Contact)
    assert_type(smsend.call(smsend_ops.list_contact_fields, client=c), list[smsend_models.ContactField])
    assert_type(smsend.call(smsend_ops.get_user_status, client=c, get_money="true"), smsend_models.UserStatusResponse)
    assert_type(smsend.call(smsend_ops.get_sms_state, client=c, order_id="o1"), smsend_models.SmsStateResponse)


def call_send(c: SmsendClient, request: smsend_models.SmsSendRequest) -> smsend_models.SmsSendResponse:
    return smsend.call(smsend_ops.send_sms, client=c, body=request)


def smsend_empty_answers(
    c: SmsendClient,
    from_template: smsend_models.EmailIssueFromTemplateRequest,
    send: smsend_models.EmailIssueSendRequest,
    password: smsend_models.SubaccountPasswordChangeRequest,
    edit: smsend_models.SubaccountEditRequest,
    move: smsend_models.SubaccountCreditMoveRequest,
    alias: smsend_models.AliasCreateRequest,
) -> None:
    """Operations answering an empty body return None (our endpoint template types them `Response[None]`)."""
    group = smsend.call(smsend_ops.delete_group, client=c, group_id=1)
    assert_type(group, None)
    alias_deleted = smsend.call(smsend_ops.delete_alias, client=c, alias_id=1)
    assert_type(alias_deleted, None)
    alias_created = smsend.call(smsend_ops.create_alias, client=c, body=alias)
    assert_type(alias_created, None)
    unscheduled = smsend.call(smsend_ops.delete_scheduled_sms, client=c, order_id="o1")
    assert_type(unscheduled, None)
    listed = smsend.call(smsend_ops.add_group_to_list, client=c, list_id=1, group_id=2)
    assert_type(listed, None)
    issue = smsend.call(smsend_ops.create_issue_from_template, client=c, campaign_id=1, template=2, body=from_template)
    assert_type(issue, None)
    sent = smsend.call(smsend_ops.send_issue, client=c, campaign_id=1, id_issue=2, body=send)
    assert_type(sent, None)
    changed = smsend.call(smsend_ops.change_subaccount_password, client=c, subaccount_id=1, body=password)
    assert_type(changed, None)
    purchase = smsend.call(smsend_ops.delete_subaccount_purchase, client=c, subaccount_id=1, purchase_id=2)
    assert_type(purchase, None)
    edited = smsend.call(smsend_ops.edit_subaccount, client=c, subaccount_id=1, body=edit)
    assert_type(edited, None)
    moved = smsend.call(smsend_ops.move_subaccount_credits, client=c, subaccount_id=1, body=move)
    assert_type(moved, None)


async def smsend_async(request: smsend_models.SmsSendRequest) -> None:
    c = await smsend.aconnect("https://app.gateway.smsend.it/API/v1.0/REST", "user", "pw")
    assert_type(c, SmsendClient)
    assert_type(await smsend.acall(smsend_ops.send_sms, client=c, body=request), smsend_models.SmsSendResponse)
    assert_type(await smsend.acall(smsend_ops.check_session, client=c), bool)
    assert_type(await smsend.acall(smsend_ops.list_groups, client=c, page_size=2), smsend_models.GroupList)


def smsend_clients(request: smsend_models.SmsSendRequest) -> None:
    c = smsend.connect("https://app.gateway.smsend.it/API/v1.0/REST", "user", "pw", use_token=True, timeout=10)
    assert_type(c, SmsendClient)
    assert_type(smsend_check_session.sync_detailed(client=c), SmsendResponse[str])
    assert_type(smsend_send_sms.sync_detailed(client=c, body=request), SmsendResponse[smsend_models.SmsSendResponse])
    keys = smsend.connect_with_keys("https://app.gateway.smsend.it/API/v1.0/REST", "user-key", "token")
    assert_type(smsend.call(smsend_ops.check_session, client=keys), bool)


def smsend_options(c: SmsendClient, request: smsend_models.SmsSendRequest) -> None:
    quick = smsend_ops.send_sms.with_options(timeout=3.0)
    assert_type(smsend.call(quick, client=c, body=request), smsend_models.SmsSendResponse)
    unbounded = smsend_ops.check_session.with_options(timeout=None)
    assert_type(smsend.call(unbounded, client=c), bool)
    assert_type(quick.name, str)


def smsend_paging(c: SmsendClient) -> None:
    groups = smsend.items(smsend.paged.list_groups, client=c, page_size=2)
    assert_type(groups, Iterator[smsend_models.GroupListItem])
    assert_type(smsend.pages(smsend.paged.list_groups, client=c), Iterator[smsend_models.GroupList])
    history = smsend.items(smsend.paged.get_sms_history, client=c, from_="20240101000000")
    assert_type(history, Iterator[smsend_models.SmsHistoryItem])


async def smsend_async_paging(c: SmsendClient) -> None:
    async for group in smsend.aitems(smsend.paged.list_groups, client=c):
        assert_type(group, smsend_models.GroupListItem)
    async for page in smsend.apages(smsend.paged.list_aliases, client=c):
        assert_type(page, smsend_models.AliasList)


# ---- SMSC ------------------------------------------------------------------------------------------------------


def smsc_calls(c: SmscClient) -> None:
    sent = smsc.call(smsc_ops.send_sms, client=c, body=smsc_models.SendSmsForm(phones="79991234567", mes="Hi"))
    assert_type(sent, smsc.SendResult)
    assert_type(sent.id, int)
    assert_type(smsc.call(smsc_ops.get_balance, client=c), smsc.AccountBalance)
    assert_type(smsc.call(smsc_ops.get_balance, client=c, body=smsc_models.BalanceForm(cur=1)), smsc.AccountBalance)
    status = smsc.call(smsc_ops.get_status, client=c, body=smsc_models.StatusForm(phone="79991234567", id=5))
    assert_type(status, smsc.DeliveryStatus)
    statuses = smsc_models.StatusesForm(phone="79991234567", id="5")
    assert_type(smsc.call(smsc_ops.get_statuses, client=c, body=statuses), list[smsc.DeliveryStatus])
    cost = smsc_models.SendCostForm(phones="79991234567", mes="Hi")
    assert_type(smsc.call(smsc_ops.get_send_cost, client=c, body=cost), smsc.CostEstimate)
    contacts = smsc.call(smsc_ops.list_contacts, client=c, body=smsc_models.ListContactsForm())
    assert_type(contacts, list[smsc_models.Contact])
    assert_type(smsc.call(smsc_ops.add_contact, client=c, body=smsc_models.AddContactForm(phone="79991234567")), int)
    deleted = smsc.call(smsc_ops.delete_contact, client=c, body=smsc_models.DeleteContactForm(phone="79991234567"))
    assert_type(deleted, None)
    statistics = smsc_models.StatisticsForm(start="01.01.2024", end="31.01.2024")
    assert_type(smsc.call(smsc_ops.get_statistics, client=c, body=statistics), smsc_models.Statistics)
    assert_type(smsc.call(smsc_ops.list_groups, client=c, body=smsc_models.ListGroupsForm()), list[smsc_models.Group])
    assert_type(smsc.call(smsc_ops.get_prices, client=c, body=smsc_models.PricesForm()), list[smsc_models.PriceZone])
    operator = smsc_models.OperatorForm(phone="79991234567")
    assert_type(smsc.call(smsc_ops.get_operator, client=c, body=operator), smsc_models.OperatorInfo)
    job = smsc_models.AddJobForm(name="mailing", phones="79991234567", mes="Hi")
    assert_type(smsc.call(smsc_ops.add_job, client=c, body=job), smsc.MailingCreated)


async def smsc_async(c: SmscClient) -> None:
    assert_type(await smsc.acall(smsc_ops.get_balance, client=c), smsc.AccountBalance)
    form = smsc_models.SendSmsForm(phones="79991234567", mes="Hi")
    assert_type(await smsc.acall(smsc_ops.send_sms, client=c, body=form), smsc.SendResult)
    listed = await smsc.acall(smsc_ops.list_contacts, client=c, body=smsc_models.ListContactsForm())
    assert_type(listed, list[smsc_models.Contact])


def smsc_clients() -> None:
    c = smsc.connect("login", "password", md5=True)
    assert_type(c, SmscClient)
    assert_type(smsc_get_balance.sync_detailed(client=c), SmscResponse[str])
    keyed = smsc.connect_with_apikey("key")
    assert_type(smsc.call(smsc_ops.get_balance, client=keyed), smsc.AccountBalance)


def smsc_options(c: SmscClient) -> None:
    quick = smsc_ops.get_balance.with_options(timeout=3.0)
    assert_type(smsc.call(quick, client=c), smsc.AccountBalance)
    assert_type(quick.command, str)  # still an SmscOperation
    keep_subclass: SmscOperation[..., smsc.AccountBalance] = quick
    assert_type(smsc.call(keep_subclass.with_options(timeout=None), client=c), smsc.AccountBalance)


# ---- WhatCounts ------------------------------------------------------------------------------------------------


def whatcounts_calls(c: WhatCountsClient) -> None:
    created = whatcounts.call(whatcounts_ops.create_message, client=c, message_name="Sale", message_text="Hi!")
    assert_type(created, whatcounts.Message)
    labelled = whatcounts.call(
        whatcounts_ops.create_message, client=c, message_name="Sale", message_text="Hi!", label="promo"
    )
    assert_type(labelled, whatcounts.Message)
    assert_type(whatcounts.call(whatcounts_ops.get_messages, client=c), list[whatcounts.Message])
    assert_type(whatcounts.call(whatcounts_ops.get_messages, client=c, skip=500), list[whatcounts.Message])
    sends = whatcounts.call(
        whatcounts_ops.send_message_to_phone, client=c, message_text="Hi!", phone="15551234567", sender_code="12345"
    )
    assert_type(sends, list[whatcounts.PhoneSend])
    campaign = whatcounts.call(
        whatcounts_ops.send_message_to_sender_code,
        client=c,
        sms_message_name="Sale",
        sms_sender_code="12345",
        sms_campaign_name="spring",
    )
    assert_type(campaign, whatcounts.Campaign)
    subscription = whatcounts.call(
        whatcounts_ops.add_phone_to_sender_code, client=c, phone="15551234567", sender_code="12345"
    )
    assert_type(subscription, whatcounts.Subscription)
    opt_out = whatcounts.call(whatcounts_ops.stop_subscriber_send, client=c, phone="15551234567", sender_code="12345")
    assert_type(opt_out, whatcounts.OptOut)
    assert_type(whatcounts.iter_messages(c), Iterator[whatcounts.Message])
    assert_type(whatcounts.aiter_messages(c), AsyncIterator[whatcounts.Message])


def whatcounts_paging(c: WhatCountsClient) -> None:
    assert_type(whatcounts.items(whatcounts.paged.get_messages, client=c), Iterator[whatcounts.Message])
    assert_type(whatcounts.pages(whatcounts.paged.get_messages, client=c), Iterator[list[whatcounts.Message]])


async def whatcounts_async(c: WhatCountsClient) -> None:
    created = await whatcounts.acall(whatcounts_ops.create_message, client=c, message_name="n", message_text="t")
    assert_type(created, whatcounts.Message)
    assert_type(await whatcounts.acall(whatcounts_ops.get_messages, client=c), list[whatcounts.Message])
    async for message in whatcounts.aiter_messages(c):
        assert_type(message, whatcounts.Message)


def whatcounts_clients() -> None:
    c = whatcounts.connect("https://mail.example.com", "realm", "api-password")
    assert_type(c, WhatCountsClient)
    pages = whatcounts_get_messages.sync_detailed(client=c, skip=0)
    assert_type(pages, WhatCountsResponse[list[whatcounts_models.Message]])


def whatcounts_options(c: WhatCountsClient) -> None:
    quick = whatcounts_ops.create_message.with_options(timeout=3.0)
    assert_type(whatcounts.call(quick, client=c, message_name="n", message_text="t"), whatcounts.Message)
