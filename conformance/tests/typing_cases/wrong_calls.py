"""Calls that `mypy --strict` must reject (test_typing.py): each marked line gets exactly the error codes its
`# expect: <code>[, <code>]` names, and no unmarked line gets any. Never imported or run.

mypy reports an error on the first line of its statement: keep each case on one line (short enough that
`ruff format` leaves it so), the marker at its end.
"""

from __future__ import annotations

from typing import assert_type

import smsgw_smsc.models as smsc_models
import smsgw_smsc.overlay as smsc
import smsgw_smsend.models as smsend_models
import smsgw_smsend.overlay as smsend
import smsgw_whatcounts.overlay as whatcounts
from smsgw_smsc.client import AuthenticatedClient as SmscClient
from smsgw_smsc.overlay import operations as smsc_ops
from smsgw_smsend.api.sms_send import send_sms as generated_send_sms
from smsgw_smsend.client import AuthenticatedClient as SmsendClient
from smsgw_smsend.overlay import operations as smsend_ops
from smsgw_whatcounts.client import AuthenticatedClient as WhatCountsClient
from smsgw_whatcounts.overlay import operations as whatcounts_ops


def smsend_wrong(c: SmsendClient, smsc_client: SmscClient) -> None:
    request = smsend_models.SmsSendRequest(message_type="N", message="Hello", recipient=["+393471234567"])
    smsend.call(smsend_ops.send_sms, client=c, body=request)  # the right call: no error
    smsend.call(smsend_ops.send_sms, client=c, bodyy=request)  # expect: call-arg
    smsend.call(smsend_ops.send_sms, client=c)  # expect: call-arg
    smsend.call(smsend_ops.send_sms, body=request)  # expect: call-arg
    smsend.call(smsend_ops.send_sms, client=c, body="Hello")  # expect: arg-type
    smsend.call(smsend_ops.list_groups, client=c, page_size="5")  # expect: arg-type
    smsend.call(smsend_ops.delete_group, client=c, group_id="12")  # expect: arg-type
    smsend.call(smsend_ops.list_mo_received_sms, client=c, type_="SPAM")  # expect: arg-type
    smsend_models.SmsSendRequest(message_type="X", message="Hello", recipient=[])  # expect: arg-type
    assert_type(smsend.call(smsend_ops.check_session, client=c), str)  # expect: assert-type
    assert_type(smsend.call(smsend_ops.create_group, client=c, body=group()), str)  # expect: assert-type
    assert_type(smsend.call(smsend_ops.login, client=c, username="u", password="p"), str)  # expect: assert-type
    smsend.call(generated_send_sms, client=c, body=request)  # expect: arg-type
    smsend.call(smsend_ops.send_sms.sync_detailed, client=c, body=request)  # expect: attr-defined
    smsend.call(smsend_ops.send_sms, client=smsc_client, body=request)  # expect: arg-type
    smsend.call(smsend_ops.send_sms, client=c, body=smsc_models.SendSmsForm(phones="1", mes="Hi"))  # expect: arg-type
    smsend_ops.send_sms.with_options(timeout="3")  # expect: arg-type
    smsend_ops.send_sms.with_options(3.0)  # expect: call-arg

    smsend.items(smsend_ops.list_groups, client=c)  # expect: arg-type
    smsend.items(smsend.paged.list_groups, client=c, page_size="2")  # expect: arg-type
    groups = smsend.items(smsend.paged.list_groups, client=c)
    assert_type(groups, list[smsend_models.GroupListItem])  # expect: assert-type


async def smsend_wrong_async(c: SmsendClient) -> None:
    assert_type(smsend.acall(smsend_ops.check_session, client=c), bool)  # expect: assert-type, unused-coroutine
    await smsend.acall(smsend_ops.check_session, client=c, clientt=c)  # expect: call-arg
    assert_type(await smsend.acall(smsend_ops.get_dashboard, client=c), bool)  # expect: assert-type


def smsc_wrong(c: SmscClient, smsend_client: SmsendClient) -> None:
    form = smsc_models.SendSmsForm(phones="79991234567", mes="Hi")
    smsc.call(smsc_ops.send_sms, client=c, body=form)  # the right call: no error
    smsc.call(smsc_ops.send_sms, client=c, body=smsc_models.StatusForm(phone="1", id=1))  # expect: arg-type
    smsc.call(smsc_ops.send_sms, client=smsend_client, body=form)  # expect: arg-type
    smsc.call(smsc_ops.get_status, client=c)  # expect: call-arg
    smsc_models.SendSmsForm(phones="79991234567", mes="Hi", fmt=4)  # expect: arg-type
    assert_type(smsc.call(smsc_ops.get_balance, client=c), smsc_models.BalanceForm)  # expect: assert-type
    assert_type(smsc.call(smsc_ops.delete_contact, client=c, body=delete()), bool)  # expect: assert-type
    print(smsc.call(smsc_ops.get_balance, client=c).amount)  # expect: attr-defined
    quick = smsc_ops.get_balance.with_options(timeout=3.0)
    assert_type(smsc.call(quick, client=c), smsc.SendResult)  # expect: assert-type


def whatcounts_wrong(c: WhatCountsClient) -> None:
    whatcounts.call(whatcounts_ops.create_message, client=c, message_name="n", message_text="t")  # no error
    whatcounts.call(whatcounts_ops.create_message, client=c, message_name="n")  # expect: call-arg
    whatcounts.call(whatcounts_ops.create_message, client=c, message_name="n", message_txt="t")  # expect: call-arg
    whatcounts.call(whatcounts_ops.get_messages, client=c, skip="500")  # expect: arg-type
    assert_type(whatcounts.call(whatcounts_ops.get_messages, client=c), whatcounts.Message)  # expect: assert-type
    sent = whatcounts.call(whatcounts_ops.send_message_to_phone, client=c, message_text="t", phone="1", sender_code="2")
    assert_type(sent, list[whatcounts.Message])  # expect: assert-type


def group() -> smsend_models.GroupRequest:
    return smsend_models.GroupRequest(name="friends", description="my friends")


def delete() -> smsc_models.DeleteContactForm:
    return smsc_models.DeleteContactForm(phone="79991234567")
