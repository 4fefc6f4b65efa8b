# Generated from specs/smsc.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import BaseModel, Field, RootModel, StrictInt, StrictStr


class ReplyOptions(BaseModel):
    """
    Reply format and charset, accepted by every action.
    """

    fmt: Annotated[
        Literal[0, 1, 2, 3] | None,
        Field(description="Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON."),
    ] = None
    charset: Annotated[
        Literal["windows-1251", "utf-8", "koi8-r"] | None,
        Field(description="Encoding of the request text and of the reply; `windows-1251` when absent."),
    ] = None


class Phones(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="One or more phone numbers in international format (`+` optional; with `+` the service does not\ncorrect the number), separated by `,` or `;`. `G<number>` addresses a contact group.\n",
            examples=["79991234567"],
            pattern="^(?:\\+?[1-9][0-9]{6,14}|G[0-9]{1,9})(?:[,;](?:\\+?[1-9][0-9]{6,14}|G[0-9]{1,9}))*[,;]?$",
        ),
    ]


class EmailAddresses(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="One or more e-mail addresses separated by `,` or `;`.",
            examples=["user@example.com"],
            pattern="^[^@ \\t\\r\\n,;]+@[^@ \\t\\r\\n,;]+\\.[a-z]{2,}(?:[,;][^@ \\t\\r\\n,;]+@[^@ \\t\\r\\n,;]+\\.[a-z]{2,})*$",
        ),
    ]


class Phone(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="One phone number in international format (`+` optional).",
            examples=["79991234567"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ]


class MessageText(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="The message text, up to 1000 characters (split into SMS parts of 160 Latin or 70 Cyrillic).",
            examples=["Hello from the SMSC client"],
            max_length=1000,
            min_length=1,
        ),
    ]


class ClientMessageId(RootModel[StrictInt]):
    root: Annotated[
        StrictInt,
        Field(
            description="Your id for the message, 1 to 2147483647 (not unique). 0, which common SMSC client libraries send by default, or no id at all, has the service assign one (see errata).",
            ge=0,
            le=2147483647,
        ),
    ]


class SendTime(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="When to send: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2` (an hour window), `0<unix timestamp>` or\n`+<minutes>`. `0` or a past time means now. `tz` gives the time zone of `time` relative to Moscow.\n",
            examples=["+60"],
            pattern="^(?:[0-9]{10}|[0-9]{2}\\.[0-9]{2}\\.[0-9]{2} [0-9]{2}:[0-9]{2}|[0-9]{1,2}-[0-9]{1,2}|0[0-9]*|\\+[0-9]{1,6})$",
        ),
    ]


class SendOptions(BaseModel):
    """
    Options common to every kind of message sent by send.php.
    """

    id: ClientMessageId | None = None
    time: SendTime | None = None
    tz: Annotated[
        StrictInt | None, Field(description="Time zone of `time`, in hours relative to Moscow.", ge=-12, le=12)
    ] = None
    valid: Annotated[
        StrictStr | None,
        Field(
            description="Lifetime of the message (`hh:mm` or hours, up to 24).", pattern="^[0-9]{1,2}(?::[0-9]{2})?$"
        ),
    ] = None
    err: Annotated[
        Literal[0, 1] | None,
        Field(description="1 adds the numbers that failed to the reply (not modelled further; see errata)."),
    ] = None
    pp: Annotated[StrictStr | None, Field(description="Partner id.", pattern="^[0-9]{1,10}$")] = None
    cost: Annotated[
        Literal[0, 2, 3] | None,
        Field(description="0 send; 2 send and add the cost to the reply; 3 also add the new balance."),
    ] = None


class SmsOptions(BaseModel):
    """
    Options of SMS texts.
    """

    sender: Annotated[
        StrictStr | None,
        Field(description="Sender name; an empty string or `.` disables the account's default sender.", max_length=11),
    ] = None
    translit: Annotated[
        Literal[0, 1, 2] | None,
        Field(description='0 as is; 1 transliterate Cyrillic to Latin; 2 to "mpaHc/Ium" look-alikes.'),
    ] = None
    tinyurl: Annotated[Literal[0, 1] | None, Field(description="1 shortens the links in the text.")] = None
    maxsms: Annotated[
        StrictInt | None, Field(description="Send nothing if the text needs more SMS parts than this.", ge=1, le=20)
    ] = None


class SendSmsForm(ReplyOptions, SendOptions, SmsOptions):
    phones: Phones
    mes: MessageText
    flash: Annotated[Literal[0, 1] | None, Field(description="1 sends a flash SMS (shown at once, not stored).")] = None
    push: Annotated[Literal[0, 1] | None, Field(description="1 sends a wap-push; `mes` is then `<url> <title>`.")] = (
        None
    )
    bin: Annotated[Literal[0, 1, 2] | None, Field(description="1 sends `mes` as binary, 2 as hex-encoded binary.")] = (
        None
    )
    period: Annotated[float | None, Field(description="Spread the sending over this many hours.", ge=0.1, le=720.0)] = (
        None
    )
    freq: Annotated[
        StrictInt | None, Field(description="With `period`, send a batch every this many minutes.", ge=1, le=1440)
    ] = None
    op: Annotated[
        Literal[0, 1] | None, Field(description="1 adds per-number details (`phones`) to the fmt 3 reply.")
    ] = None


class SendListForm(ReplyOptions, SendOptions, SmsOptions):
    list: Annotated[
        StrictStr,
        Field(
            description="`phone:text` pairs, one per line.",
            examples=["79991234567:Hello Anna\n79997654321:Hello Boris"],
            max_length=100000,
            pattern="^\\+?[1-9][0-9]{6,14}:[^\\n]+(?:\\n\\+?[1-9][0-9]{6,14}:[^\\n]+)*$",
        ),
    ]


class SendMmsForm(ReplyOptions, SendOptions):
    mms: Annotated[Literal[1], Field(description="Selects MMS.")]
    phones: Phones
    mes: MessageText
    subj: Annotated[StrictStr | None, Field(description="Subject of the MMS.", max_length=100)] = None
    fileurl: Annotated[
        StrictStr | None,
        Field(
            description="A file to attach, fetched by the service from this URL.", pattern="^https?://[^ \\t\\r\\n]+$"
        ),
    ] = None
    sender: Annotated[StrictStr | None, Field(description="Sender name.", max_length=11)] = None


class SendEmailForm(ReplyOptions, SendOptions):
    mail: Annotated[Literal[1], Field(description="Selects e-mail.")]
    phones: EmailAddresses
    mes: Annotated[
        StrictStr, Field(description="The body of the e-mail (text or HTML).", max_length=100000, min_length=1)
    ]
    subj: Annotated[StrictStr | None, Field(description="Subject.", max_length=200)] = None
    sender: Annotated[
        StrictStr,
        Field(
            description="The sender's e-mail address.",
            examples=["shop@example.com"],
            pattern="^[^@ \\t\\r\\n]+@[^@ \\t\\r\\n]+\\.[a-z]{2,}$",
        ),
    ]


class SendCallForm(ReplyOptions, SendOptions):
    call: Annotated[Literal[1], Field(description="Selects a voice call.")]
    phones: Phones
    mes: MessageText
    voice: Annotated[Literal["m", "m2", "w", "w2"] | None, Field(description="Voice: m / m2 male, w / w2 female.")] = (
        None
    )
    param: Annotated[
        StrictStr | None,
        Field(
            description="`w,i,n`: seconds to wait for an answer, interval between retries in seconds, retries.",
            examples=["10,60,2"],
            pattern="^[0-9]{1,3},[0-9]{1,3},[0-9]{1,2}$",
        ),
    ] = None
    fileurl: Annotated[
        StrictStr | None,
        Field(description="A sound file to play instead of reading `mes`.", pattern="^https?://[^ \\t\\r\\n]+$"),
    ] = None


class SendViberForm(ReplyOptions, SendOptions):
    viber: Annotated[Literal[1], Field(description="Selects Viber.")]
    phones: Phones
    mes: MessageText
    sender: Annotated[StrictStr | None, Field(description="Approved Viber sender name.", max_length=20)] = None


class SendProbeHlrForm(ReplyOptions, SendOptions):
    hlr: Annotated[Literal[1], Field(description="Selects an HLR query.")]
    phones: Phones


class SendProbePingForm(ReplyOptions, SendOptions):
    ping: Annotated[Literal[1], Field(description="Selects a ping SMS.")]
    phones: Phones


class SendCostForm(ReplyOptions, SmsOptions):
    cost: Annotated[Literal[1], Field(description='Selects "cost only, do not send".')]
    phones: Phones
    mes: MessageText
    mms: Annotated[Literal[0, 1] | None, Field(description="1 prices an MMS.")] = None
    mail: Annotated[
        Literal[0, 1] | None, Field(description="1 prices an e-mail (then `phones` holds e-mail addresses).")
    ] = None
    call: Annotated[Literal[0, 1] | None, Field(description="1 prices a voice call.")] = None
    viber: Annotated[Literal[0, 1] | None, Field(description="1 prices a Viber message.")] = None


class StatusDetail(BaseModel):
    all: Annotated[
        Literal[0, 1, 2] | None,
        Field(description="0 the status; 1 also the message; 2 also country, operator and region."),
    ] = None


class StatusForm(ReplyOptions, StatusDetail):
    phone: Phone
    id: Annotated[
        StrictInt, Field(description="The message id (from the send reply).", examples=[1001], ge=1, le=2147483647)
    ]


class StatusesForm(ReplyOptions, StatusDetail):
    phone: Annotated[
        StrictStr,
        Field(
            description="Comma-separated phone numbers, in the order of `id`.",
            examples=["79991234567,79991234567,"],
            pattern="^\\+?[1-9][0-9]{6,14}(?:(?:,\\+?[1-9][0-9]{6,14})+,?|,)$",
        ),
    ]
    id: Annotated[
        StrictStr,
        Field(
            description="Comma-separated message ids, in the order of `phone`.",
            examples=["1001,1002,"],
            pattern="^[1-9][0-9]{0,9}(?:(?:,[1-9][0-9]{0,9})+,?|,)$",
        ),
    ]


class DeleteMessageForm(ReplyOptions):
    del_: Annotated[Literal[1], Field(alias="del", description="Selects deletion.")]
    phone: Phone
    id: Annotated[StrictInt, Field(description="The message id.", examples=[1002], ge=1, le=2147483647)]


class BalanceForm(ReplyOptions):
    cur: Annotated[
        Literal[0, 1] | None, Field(description="1 adds the currency (and the credit limit, when there is one).")
    ] = None


class ErrorReply(BaseModel):
    """
    An error, in the reply of any action (HTTP status 200).
    """

    error: Annotated[StrictStr, Field(description="Short description, e.g. `authorise error`.")]
    error_code: Annotated[
        StrictInt, Field(description="The documented error code (see the API description).", ge=1, le=9)
    ]
    id: Annotated[StrictInt | None, Field(description="The message id, on send errors 3, 6, 7 and 8.")] = None


class Amount(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(description='A money amount as a decimal string, e.g. `"178.10"`.', pattern="^-?[0-9]+(?:\\.[0-9]+)?$"),
    ]


class SendReply(BaseModel):
    id: Annotated[StrictInt, Field(description="Message id (yours, or assigned by the service).")]
    cnt: Annotated[StrictInt, Field(description="SMS parts times recipients (seconds of call time for voice calls).")]
    cost: Amount | None = None
    balance: Amount | None = None


class CostReply(BaseModel):
    cost: Amount
    cnt: Annotated[StrictInt, Field(description="SMS parts times recipients.")]


class MessageStatus(BaseModel):
    """
    Delivery status. Codes: -3 message not found, -2 stopped, -1 waiting to be sent, 0 transferred to the
    operator, 1 delivered, 2 read, 3 expired, 4 link clicked, 20 impossible to deliver, 22 invalid number,
    23 forbidden, 24 insufficient funds, 25 unavailable number.

    """

    id: Annotated[StrictInt | None, Field(description="Message id (multi-message replies).")] = None
    phone: Annotated[StrictStr | None, Field(description="Phone number (multi-message replies, and all >= 1).")] = None
    status: Literal[-3, -2, -1, 0, 1, 2, 3, 4, 20, 22, 23, 24, 25]
    last_date: Annotated[
        StrictStr | None,
        Field(
            description="Time of the last status change, `dd.mm.yyyy hh:mm:ss`; empty when the message is not found.",
            pattern="^(?:[0-9]{2}\\.[0-9]{2}\\.[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2})?$",
        ),
    ] = None
    last_timestamp: Annotated[StrictInt | None, Field(description="The same as a Unix timestamp.")] = None
    flag: Annotated[
        StrictInt | None, Field(description="Message flags (bit field; not described further by the documentation).")
    ] = None
    err: Annotated[StrictInt | None, Field(description="Error code of the delivery (0 none).")] = None
    send_date: Annotated[
        StrictStr | None,
        Field(
            description="Time of sending, `dd.mm.yyyy hh:mm:ss` (all >= 1).",
            pattern="^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ] = None
    send_timestamp: Annotated[StrictInt | None, Field(description="The same as a Unix timestamp (all >= 1).")] = None
    cost: Amount | None = None
    sender_id: Annotated[StrictStr | None, Field(description="Sender name (all >= 1).")] = None
    status_name: Annotated[StrictStr | None, Field(description="The status as text (all >= 1).")] = None
    message: Annotated[StrictStr | None, Field(description="The message text (all >= 1).")] = None
    comment: Annotated[StrictStr | None, Field(description="Comment (all >= 1).")] = None
    type: Annotated[StrictInt | None, Field(description="Message kind, 0 SMS (all >= 1).")] = None
    country: Annotated[StrictStr | None, Field(description="Country of the number (all = 2).")] = None
    operator: Annotated[StrictStr | None, Field(description="Operator of the number (all = 2).")] = None
    region: Annotated[StrictStr | None, Field(description="Region of the number (all = 2).")] = None


class BalanceReply(BaseModel):
    balance: Amount
    credit: Amount | None = None
    currency: Annotated[StrictStr | None, Field(description="Currency code (cur=1).", pattern="^[A-Z]{3}$")] = None


class OkReply(BaseModel):
    result: Literal["OK"]


class IdReply(BaseModel):
    id: Annotated[StrictInt, Field(description="The id assigned to the new record.")]


class ContactFields(BaseModel):
    """
    The optional fields of a contact, set by `add_contact` and `change_contact`.
    """

    name: Annotated[
        StrictStr | None, Field(description="Contact name (one line).", max_length=100, pattern="^[^\\r\\n]*$")
    ] = None
    grp: Annotated[
        StrictStr | None,
        Field(
            description="Ids of the groups the contact belongs to, comma separated (the `id` of `list_groups`).",
            examples=["1,2"],
            max_length=200,
            pattern="^[1-9][0-9]{0,9}(?:,[1-9][0-9]{0,9})*$",
        ),
    ] = None
    fnm: Annotated[
        StrictStr | None, Field(description="First name (one line).", max_length=50, pattern="^[^\\r\\n]*$")
    ] = None
    lnm: Annotated[
        StrictStr | None, Field(description="Last name (surname; one line).", max_length=50, pattern="^[^\\r\\n]*$")
    ] = None
    mnm: Annotated[
        StrictStr | None,
        Field(description="Middle name (patronymic; one line).", max_length=50, pattern="^[^\\r\\n]*$"),
    ] = None
    bd: Annotated[
        StrictStr | None,
        Field(
            description="Birthday, `dd.mm.yyyy`.",
            examples=["31.12.1990"],
            pattern="^(?:0[1-9]|[12][0-9]|3[01])\\.(?:0[1-9]|1[0-2])\\.(?:19|20)[0-9]{2}$",
        ),
    ] = None
    myid: Annotated[
        StrictStr | None,
        Field(
            description="Your own id for the contact (returned as `id` by `list_contacts`).",
            max_length=50,
            pattern="^[^\\r\\n]*$",
        ),
    ] = None
    cmt: Annotated[
        StrictStr | None, Field(description="Comment (one line).", max_length=500, pattern="^[^\\r\\n]*$")
    ] = None
    tags: Annotated[
        StrictStr | None,
        Field(description="Tags (labels) of the contact (one line).", max_length=200, pattern="^[^\\r\\n]*$"),
    ] = None
    pho: Annotated[
        StrictStr | None,
        Field(
            description="Other phone numbers of the contact, separated by `,` or `;`. They are stored, never messaged.",
            examples=["79997654321,79990001122"],
            max_length=500,
            pattern="^\\+?[1-9][0-9]{6,14}(?:[,;]\\+?[1-9][0-9]{6,14})*$",
        ),
    ] = None


class AddContactForm(ReplyOptions, ContactFields):
    add: Annotated[Literal[1], Field(description='Selects "create a contact".')]
    phone: Annotated[
        StrictStr,
        Field(
            description="The new contact's number, in international format (`+` optional).",
            examples=["79997654321"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ]


class ChangeContactForm(ReplyOptions, ContactFields):
    chg: Annotated[Literal[1], Field(description='Selects "change a contact".')]
    phone: Annotated[
        StrictStr,
        Field(
            description="The contact's current number, in international format (`+` optional).",
            examples=["79990004455"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ]
    new_phone: Annotated[
        StrictStr | None,
        Field(
            description="The contact's new phone number, in international format (`+` optional).",
            examples=["79990005566"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ] = None


class DeleteContactForm(ReplyOptions):
    del_: Annotated[Literal[1], Field(alias="del", description='Selects "delete a contact".')]
    phone: Annotated[
        StrictStr,
        Field(
            description="The contact's number, in international format (`+` optional).",
            examples=["79990006677"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ]


class ListContactsForm(ReplyOptions):
    get: Annotated[Literal[1], Field(description='Selects "list the contacts".')]


class AddGroupForm(ReplyOptions):
    add_group: Annotated[Literal[1], Field(description='Selects "create a group".')]
    name: Annotated[
        StrictStr,
        Field(
            description="Name of the new group (one line).",
            examples=["Customers"],
            max_length=100,
            min_length=1,
            pattern="^[^\\r\\n]+$",
        ),
    ]


class RenameGroupForm(ReplyOptions):
    chg_group: Annotated[Literal[1], Field(description='Selects "rename a group".')]
    grp: Annotated[
        StrictInt,
        Field(description="The group id (from `add_group` or `list_groups`).", examples=[1], ge=1, le=2147483647),
    ]
    name: Annotated[
        StrictStr,
        Field(
            description="The new name of the group (one line).",
            examples=["Regular customers"],
            max_length=100,
            min_length=1,
            pattern="^[^\\r\\n]+$",
        ),
    ]


class DeleteGroupForm(ReplyOptions):
    del_group: Annotated[Literal[1], Field(description='Selects "delete a group".')]
    grp: Annotated[
        StrictInt,
        Field(description="The group id (from `add_group` or `list_groups`).", examples=[3], ge=1, le=2147483647),
    ]


class ListGroupsForm(ReplyOptions):
    get_group: Annotated[Literal[1], Field(description='Selects "list the groups".')]


class MoveContactToGroupForm(ReplyOptions):
    move_group: Annotated[Literal[1], Field(description='Selects "move the contact to the group".')]
    grp: Annotated[
        StrictInt, Field(description="The id of the group to move the contact to.", examples=[1], ge=1, le=2147483647)
    ]
    phone: Phone


class AddContactToGroupForm(ReplyOptions):
    move_group: Annotated[Literal[2], Field(description='Selects "add the group to the contact".')]
    grp: Annotated[
        StrictInt, Field(description="The id of the group to add the contact to.", examples=[1], ge=1, le=2147483647)
    ]
    phone: Phone


class RemoveContactFromGroupForm(ReplyOptions):
    move_group: Annotated[Literal[3], Field(description='Selects "remove the contact from the group".')]
    grp: Annotated[
        StrictInt,
        Field(description="The id of the group to take the contact out of.", examples=[1], ge=1, le=2147483647),
    ]
    phone: Phone


class AddToBlacklistForm(ReplyOptions):
    add_black: Annotated[Literal[1], Field(description='Selects "add to the blacklist".')]
    phone: Annotated[
        StrictStr,
        Field(
            description="The blocked number, in international format (`+` optional).",
            examples=["79990001122"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ]
    type: Annotated[
        Literal[0, 1, 2] | None, Field(description="What to block: 0 all messages, 1 mass mailings, 2 single messages.")
    ] = None
    cmt: Annotated[
        StrictStr | None, Field(description="Comment on the entry (one line).", max_length=500, pattern="^[^\\r\\n]*$")
    ] = None


class DeleteFromBlacklistForm(ReplyOptions):
    del_black: Annotated[Literal[1], Field(description='Selects "remove from the blacklist".')]
    phone: Phone


class ListBlacklistForm(ReplyOptions):
    get_black: Annotated[Literal[1], Field(description='Selects "list the blacklist" (unverified flag name).')]


class Contact(BaseModel):
    """
    A contact, as listed by `list_contacts`. For e-mail contacts `phone` and `phone_other` are named `mail`
    and `mail_other`.

    """

    phone: Annotated[
        StrictStr | None, Field(description="The contact's phone number (documented as possibly several numbers).")
    ] = None
    mail: Annotated[
        StrictStr | None, Field(description="The contact's e-mail address (e-mail contacts, instead of `phone`).")
    ] = None
    name: Annotated[StrictStr | None, Field(description="Contact name.")] = None
    group: Annotated[
        StrictStr | None,
        Field(
            description="Ids of the contact's groups, comma separated (`;` in fmt 0 and 1).",
            pattern="^(?:[0-9]+(?:[,;] ?[0-9]+)*)?$",
        ),
    ] = None
    first_name: Annotated[StrictStr | None, Field(description="First name.")] = None
    last_name: Annotated[StrictStr | None, Field(description="Last name (surname).")] = None
    middle_name: Annotated[StrictStr | None, Field(description="Middle name (patronymic).")] = None
    birthday: Annotated[
        StrictStr | None,
        Field(
            description="Birthday, `dd.mm.yyyy` (empty when not set).", pattern="^(?:[0-9]{2}\\.[0-9]{2}\\.[0-9]{4})?$"
        ),
    ] = None
    id: Annotated[StrictStr | None, Field(description="The id you gave the contact (`myid`).")] = None
    comments: Annotated[StrictStr | None, Field(description="Comment.")] = None
    tags: Annotated[StrictStr | None, Field(description="Tags (labels).")] = None
    phone_other: Annotated[
        StrictStr | None, Field(description="Other phone numbers of the contact (never messaged).")
    ] = None
    mail_other: Annotated[
        StrictStr | None, Field(description="Other e-mail addresses (e-mail contacts, instead of `phone_other`).")
    ] = None


class Group(BaseModel):
    """
    A contact group, as listed by `list_groups`.
    """

    id: Annotated[StrictInt, Field(description="Group id, assigned by the service (`grp` in the other actions).")]
    name: Annotated[StrictStr, Field(description="Group name.")]
    number: Annotated[StrictInt, Field(description="Group number, used as `G<number>` in `phones` when sending.")]
    cnt: Annotated[StrictInt, Field(description="Number of contacts in the group.", ge=0)]


class BlacklistEntry(BaseModel):
    """
    A blacklist entry, as listed by `list_blacklist`. In an e-mail blacklist `phone` is named `email`.

    """

    id: Annotated[StrictInt, Field(description="Entry id, assigned by the service.")]
    phone: Annotated[StrictStr | None, Field(description="The blocked phone number.")] = None
    email: Annotated[
        StrictStr | None, Field(description="The blocked e-mail address (e-mail blacklist, instead of `phone`).")
    ] = None
    type: Annotated[
        Literal[0, 1, 2], Field(description="What is blocked: 0 all messages, 1 mass mailings, 2 single messages.")
    ]
    comment: Annotated[StrictStr | None, Field(description="Comment.")] = None


class SenderName(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A sender name: up to 11 characters (as `sender` of send.php), or a phone number in international format\n(`+` optional).\n",
            examples=["MyShop"],
            pattern="^(?:\\+?[1-9][0-9]{6,14}|[^\\r\\n,]{1,11})$",
        ),
    ]


class SenderId(RootModel[StrictInt]):
    root: Annotated[
        StrictInt,
        Field(
            description="The id of a sender name, assigned by the service (from `add_sender` or `list_senders`).",
            examples=[1001],
            ge=1,
            le=2147483647,
        ),
    ]


class SenderComment(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A comment on the sender name (free text on one line).", max_length=255, pattern="^[^\\r\\n]*$"
        ),
    ]


class ListSendersForm(ReplyOptions):
    get: Annotated[Literal[1], Field(description="Selects the list of sender names.")]
    all: Annotated[
        Literal[0, 1] | None,
        Field(description="0 (the default) only the approved names; 1 every name, approved or not."),
    ] = None


class AddSenderForm(ReplyOptions):
    add: Annotated[Literal[1], Field(description="Selects adding a sender name.")]
    sender: SenderName
    cmt: SenderComment | None = None


class ChangeSenderForm(ReplyOptions):
    chg: Annotated[Literal[1], Field(description="Selects changing a sender name.")]
    id: SenderId
    cmt: SenderComment


class SendSenderCodeForm(ReplyOptions):
    send_code: Annotated[Literal[1], Field(description="Selects sending the confirmation code.")]
    sender: Annotated[
        StrictStr,
        Field(
            description="The sender name that is a phone number (international format, `+` optional); the code is sent to it.",
            examples=["79991234567"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ]


class CheckSenderCodeForm(ReplyOptions):
    check_code: Annotated[Literal[1], Field(description="Selects checking the confirmation code.")]
    sender: Annotated[
        StrictStr,
        Field(
            description="The phone-number sender name the code was sent to (international format, `+` optional).",
            examples=["79991234567"],
            pattern="^\\+?[1-9][0-9]{6,14}$",
        ),
    ]
    code: Annotated[
        StrictStr,
        Field(description="The code received on that number.", examples=["123456"], pattern="^[0-9A-Za-z]{1,16}$"),
    ]


class DeleteSenderForm(ReplyOptions):
    del_: Annotated[Literal[1], Field(alias="del", description="Selects deleting a sender name.")]
    id: SenderId


class JobId(RootModel[StrictInt]):
    root: Annotated[
        StrictInt,
        Field(
            description="The id of a mailing, assigned by the service (from `add_job`).",
            examples=[1001],
            ge=1,
            le=2147483647,
        ),
    ]


class AddJobForm(ReplyOptions):
    add: Annotated[Literal[1], Field(description="Selects creating a mailing.")]
    name: Annotated[
        StrictStr, Field(description="The name of the mailing.", examples=["Spring sale"], max_length=100, min_length=1)
    ]
    phones: Phones
    mes: MessageText
    sender: Annotated[
        StrictStr | None,
        Field(description="Sender name; an empty string or `.` disables the account's default sender.", max_length=11),
    ] = None
    time: SendTime | None = None
    period: Annotated[float | None, Field(description="Spread the sending over this many hours.", ge=0.1, le=720.0)] = (
        None
    )
    freq: Annotated[
        StrictInt | None, Field(description="With `period`, send a batch every this many minutes.", ge=1, le=1440)
    ] = None
    mail: Annotated[
        Literal[0, 1] | None, Field(description="1 sends the mailing as e-mail (as `mail=1` of send.php; our reading).")
    ] = None
    cost: Annotated[
        Literal[0, 1] | None,
        Field(description='1 adds the cost of the mailing to the reply (unlike send.php, where 1 means "price only").'),
    ] = None


class CancelJobForm(ReplyOptions):
    cancel: Annotated[Literal[1], Field(description="Selects disabling a mailing (flag name reconstructed).")]
    id: JobId


class DeleteJobForm(ReplyOptions):
    del_: Annotated[
        Literal[1],
        Field(alias="del", description="Selects deleting a mailing (flag name taken from the other commands)."),
    ]
    id: JobId


class Day(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(description="A day, `dd.mm.yyyy`.", examples=["01.01.2024"], pattern="^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$"),
    ]


class HistoryForm(ReplyOptions):
    get_messages: Annotated[Literal[1], Field(description="Selects the history of sent messages.")]
    start: Day
    end: Day
    phone: Phone | None = None
    cnt: Annotated[StrictInt | None, Field(description="At most this many records (our reading).", ge=1, le=1000)] = (
        None
    )


class IncomingForm(ReplyOptions):
    get_answers: Annotated[Literal[1], Field(description="Selects the incoming messages.")]
    after_id: Annotated[
        StrictInt | None,
        Field(description="Only messages with an id greater than this (our reading).", ge=0, le=2147483647),
    ] = None
    hour: Annotated[
        StrictInt | None, Field(description="Only messages of the last this many hours (our reading).", ge=1, le=168)
    ] = None


class StatisticsForm(ReplyOptions):
    get_stat: Annotated[Literal[1], Field(description="Selects the statistics.")]
    start: Day
    end: Day


class PricesForm(ReplyOptions):
    get_price: Annotated[Literal[1], Field(description="Selects the price list.")]


class OperatorForm(ReplyOptions):
    get_operator: Annotated[Literal[1], Field(description="Selects the operator look-up.")]
    phone: Phone


class Sender(BaseModel):
    """
    A sender name (fields reconstructed, see `list_senders`).
    """

    id: Annotated[StrictInt, Field(description="The id of the sender name, assigned by the service.")]
    sender: Annotated[StrictStr, Field(description="The sender name.", examples=["MyShop"])]
    cmt: Annotated[StrictStr | None, Field(description="The comment on the sender name.")] = None


class JobReply(BaseModel):
    """
    The new mailing.
    """

    id: Annotated[StrictInt, Field(description="The id of the new mailing.")]
    cost: Amount | None = None


class HistoryMessage(BaseModel):
    """
    A sent message (fields reconstructed, see `get_history`).
    """

    id: Annotated[StrictInt, Field(description="Message id.")]
    phone: Annotated[
        StrictStr, Field(description="The recipient's phone number (or e-mail address).", examples=["79991234567"])
    ]
    send_date: Annotated[
        StrictStr,
        Field(
            description="Time of sending, `dd.mm.yyyy hh:mm:ss` (Moscow time).",
            examples=["10.10.2010 10:10:10"],
            pattern="^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    status: Annotated[
        StrictInt, Field(description="Delivery status code, as in the status.php reply (e.g. 1 delivered).")
    ]
    cost: Amount
    sender_id: Annotated[StrictStr, Field(description="Sender name.", examples=["MyShop"])]
    message: Annotated[StrictStr, Field(description="The message text.", examples=["Hello from the SMSC client"])]


class IncomingMessage(BaseModel):
    """
    A received message (fields reconstructed, see `get_incoming`).
    """

    id: Annotated[StrictInt, Field(description="Id of the incoming message.")]
    received: Annotated[
        StrictStr,
        Field(
            description="Time of receipt, `dd.mm.yyyy hh:mm:ss` (Moscow time).",
            examples=["10.10.2010 10:10:10"],
            pattern="^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    phone: Annotated[StrictStr, Field(description="The sender's phone number.", examples=["79991234567"])]
    to_phone: Annotated[
        StrictStr, Field(description="The account's number the message was sent to.", examples=["79001112233"])
    ]
    message: Annotated[StrictStr, Field(description="The message text.", examples=["Yes, please"])]


class Statistics(BaseModel):
    """
    Sending statistics of a period (fields reconstructed, see `get_statistics`).
    """

    cnt: Annotated[StrictInt, Field(description="Number of messages (SMS parts) sent in the period.")]
    cost: Amount


class PriceZone(BaseModel):
    """
    The price of one SMS to one country and operator (fields reconstructed, see `get_prices`).
    """

    country: Annotated[StrictStr, Field(description="Country.", examples=["Russia"])]
    operator: Annotated[StrictStr, Field(description="Operator.", examples=["MTS"])]
    price: Amount


class PriceList(BaseModel):
    """
    The account's prices.
    """

    zones: Annotated[list[PriceZone], Field(description="One entry per country and operator.")]


class OperatorInfo(BaseModel):
    """
    The operator of a phone number (fields known from client code, see `get_operator`).
    """

    country: Annotated[StrictStr, Field(description="Country of the number.", examples=["Russia"])]
    operator: Annotated[StrictStr, Field(description="Operator of the number.", examples=["MTS"])]
    region: Annotated[StrictStr, Field(description="Region of the number.", examples=["Moscow"])]
    mcc: Annotated[StrictInt, Field(description="Mobile country code.")]
    mnc: Annotated[StrictInt, Field(description="Mobile network code.")]
    tz: Annotated[StrictInt, Field(description="Time zone of the region, in hours relative to Moscow (our reading).")]
