# Generated from specs/smsend.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr
from typing import Annotated, Any, Dict, Literal


class PhoneNumber(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="International phone number, `+` or `00` followed by country code and number.",
            examples=["+393471234567"],
            pattern="^(\\+|00)[1-9][0-9]{5,14}$",
        ),
    ]


class MultiFormatDate(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A date in any of the documented formats: `ddMMyy`, `yyyyMMdd`, `ddMMyyHHmm`, `yyyyMMddHHmmss`,\n`yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH:mm.0`. `yyyyMMddHHmmss` is the canonical one.\n",
            examples=["20261231235959"],
            pattern="^((0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}|[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])|(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}([01][0-9]|2[0-3])[0-5][0-9]|[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9](\\.0)?)$",
        ),
    ]


class ScheduleTime(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A delivery time in any of the documented date formats (see MultiFormatDate), or ISO 8601\n(`yyyy-MM-ddTHH:mm[:ss[.ffffff]][Z|±HH:mm]`), which the vendor's own Python quick start sends\n(`datetime.isoformat()`). See errata.\n",
            examples=["20261231235959"],
            pattern="^((0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}|[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])|(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}([01][0-9]|2[0-3])[0-5][0-9]|[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9](\\.0)?|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,6})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)$",
        ),
    ]


class Timestamp(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A point in time as `yyyyMMddHHmmss`.",
            examples=["20261231235959"],
            pattern="^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]$",
        ),
    ]


class SpacedTimestamp(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A point in time as `yyyy-MM-dd HH:mm:ss` (used by the blacklist and email APIs).",
            examples=["2026-12-31 23:59:59"],
            pattern="^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
        ),
    ]


class TimeZone(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="An IANA time zone name, e.g. `Europe/Rome`.",
            examples=["Europe/Rome"],
            pattern="^[A-Za-z]+(/[A-Za-z0-9_+-]+){0,2}$",
        ),
    ]


class BooleanString(RootModel[Literal["true", "false"]]):
    root: Annotated[Literal["true", "false"], Field(description='A boolean written as the string "true" or "false".')]


class Email(BaseModel):
    """
    The email service status.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    bandwidth: float | None = None
    purchased: StrictStr | None = None
    billing: StrictStr | None = None
    expiry: StrictStr | None = None


class UserStatusSmsCredit(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    type: Annotated[
        Any | None,
        Field(
            description="The message type: its name (`N`, `L`, `LL`, `EE`, `AD`...) with typeAliases=true, an internal ID otherwise (type left open)."
        ),
    ] = None
    quantity: Annotated[StrictInt | None, Field(description="The number of SMS of this type still available.")] = None


class GroupId(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^[0-9]+$")]


class ContactCreateRequest(BaseModel):
    """
    A contact. At least one of `email` and `phoneNumber` must be given (not expressible here; the
    server answers 400 when both are missing).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    email: Annotated[
        StrictStr | None,
        Field(
            description="The email of the contact (a valid address).",
            pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
        ),
    ] = None
    phoneNumber: PhoneNumber | None = None
    name: Annotated[StrictStr | None, Field(description="The first name of the contact.", max_length=40)] = None
    surname: Annotated[StrictStr | None, Field(description="The last name of the contact.", max_length=40)] = None
    gender: Annotated[Literal["m", "f"] | None, Field(description="The gender of the contact.")] = None
    fax: Annotated[StrictStr | None, Field(description="The fax number of the contact.", max_length=32)] = None
    address: Annotated[StrictStr | None, Field(description="The address of the contact.", max_length=256)] = None
    city: Annotated[StrictStr | None, Field(description="The city of the contact.", max_length=32)] = None
    province: Annotated[StrictStr | None, Field(description="The province of the contact.", max_length=32)] = None
    birthdate: MultiFormatDate | None = None
    promotiondate: MultiFormatDate | None = None
    rememberdate: MultiFormatDate | None = None
    zip: Annotated[StrictStr | None, Field(description="The ZIP code of the contact.", max_length=16)] = None
    groupIds: Annotated[list[GroupId] | None, Field(description="The IDs of the groups the contact is added to.")] = (
        None
    )
    custom1: Annotated[StrictStr | None, Field(description="Custom field 1.")] = None
    custom2: Annotated[StrictStr | None, Field(description="Custom field 2.")] = None
    custom3: Annotated[StrictStr | None, Field(description="Custom field 3.")] = None
    custom4: Annotated[StrictStr | None, Field(description="Custom field 4.")] = None
    custom5: Annotated[StrictStr | None, Field(description="Custom field 5.")] = None
    custom6: Annotated[StrictStr | None, Field(description="Custom field 6.")] = None
    custom7: Annotated[StrictStr | None, Field(description="Custom field 7.")] = None
    custom8: Annotated[StrictStr | None, Field(description="Custom field 8.")] = None
    custom9: Annotated[StrictStr | None, Field(description="Custom field 9.")] = None
    custom10: Annotated[StrictStr | None, Field(description="Custom field 10.")] = None


class ContactBatchCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    contacts: Annotated[
        list[ContactCreateRequest],
        Field(description="The contacts to add, each shaped as in `create_contact`.", min_length=1),
    ]
    updateExistingContact: Annotated[
        StrictBool | None,
        Field(description="true updates existing contacts on a clash; false drops and re-inserts them."),
    ] = False
    keepExistingGroupsAndCampaigns: Annotated[
        StrictBool | None, Field(description="true keeps the existing group memberships and campaign subscriptions.")
    ] = False


class ContactListRegistrationRequest(BaseModel):
    """
    A contact to create and subscribe to an email campaign; `email` is required here.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    email: Annotated[
        StrictStr,
        Field(
            description="The email of the contact (a valid address).",
            pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
        ),
    ]
    phoneNumber: PhoneNumber | None = None
    name: Annotated[StrictStr | None, Field(description="The first name of the contact.", max_length=40)] = None
    surname: Annotated[StrictStr | None, Field(description="The last name of the contact.", max_length=40)] = None
    gender: Annotated[Literal["m", "f"] | None, Field(description="The gender of the contact.")] = None
    fax: Annotated[StrictStr | None, Field(description="The fax number of the contact.", max_length=32)] = None
    address: Annotated[StrictStr | None, Field(description="The address of the contact.", max_length=256)] = None
    city: Annotated[StrictStr | None, Field(description="The city of the contact.", max_length=32)] = None
    province: Annotated[StrictStr | None, Field(description="The province of the contact.", max_length=32)] = None
    birthdate: MultiFormatDate | None = None
    zip: Annotated[StrictStr | None, Field(description="The ZIP code of the contact.", max_length=16)] = None
    groupIds: Annotated[list[GroupId] | None, Field(description="The IDs of the groups the contact is added to.")] = (
        None
    )


class Contact(BaseModel):
    """
    A contact's details (shape reconstructed; the docs do not show it). All fields optional.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr | None, Field(description="The contact ID.")] = None
    email: StrictStr | None = None
    phoneNumber: StrictStr | None = None
    name: StrictStr | None = None
    surname: StrictStr | None = None
    gender: StrictStr | None = None
    fax: StrictStr | None = None
    address: StrictStr | None = None
    city: StrictStr | None = None
    province: StrictStr | None = None
    birthdate: StrictStr | None = None
    promotiondate: StrictStr | None = None
    rememberdate: StrictStr | None = None
    zip: StrictStr | None = None
    groupIds: list[StrictStr] | None = None
    custom1: StrictStr | None = None
    custom2: StrictStr | None = None
    custom3: StrictStr | None = None
    custom4: StrictStr | None = None
    custom5: StrictStr | None = None
    custom6: StrictStr | None = None
    custom7: StrictStr | None = None
    custom8: StrictStr | None = None
    custom9: StrictStr | None = None
    custom10: StrictStr | None = None


class ContactField(BaseModel):
    """
    A user-defined contact field (shape reconstructed).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    idField: Annotated[Any | None, Field(description="The field's ID (type not documented).")] = None
    placeholder: Annotated[StrictStr | None, Field(description="The placeholder used for the field in messages.")] = (
        None
    )
    label: Annotated[StrictStr | None, Field(description="The field's label.")] = None
    dataType: Annotated[StrictStr | None, Field(description="The field's data type.")] = None


class ContactFieldList(RootModel[list[ContactField]]):
    root: list[ContactField]


class ContactIdListItem(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(min_length=1, pattern="^[0-9]+$")]


class ContactIdList(RootModel[list[ContactIdListItem]]):
    """
    Contact IDs.
    """

    root: Annotated[list[ContactIdListItem], Field(description="Contact IDs.", min_length=1)]


class GroupRequest(BaseModel):
    """
    Name and description of a contacts group (create and modify).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[StrictStr, Field(description="The name of the group.", min_length=1)]
    description: Annotated[StrictStr, Field(description="The description of the group.")]


class GroupListItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id_group: Annotated[StrictInt | None, Field(description="The group ID.")] = None
    group_name: StrictStr | None = None
    group_description: StrictStr | None = None


class GroupList(BaseModel):
    """
    A page of contacts groups (shape reconstructed).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    groups: list[GroupListItem]
    pageNumber: StrictInt | None = None
    pageSize: StrictInt | None = None
    total: Annotated[StrictInt, Field(description="The total number of groups.")]


class AliasDetails(BaseModel):
    """
    The data of a new TPOA alias (hyphenated keys, all required).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    alias: Annotated[StrictStr, Field(description="The sender text shown on the SMS.", min_length=1)]
    company_name: Annotated[
        StrictStr, Field(alias="company-name", description="The name of the company the alias belongs to.")
    ]
    contact_name: Annotated[
        StrictStr, Field(alias="contact-name", description="The name of the person representing the company.")
    ]
    contact_surname: Annotated[
        StrictStr, Field(alias="contact-surname", description="The surname of the person representing the company.")
    ]
    cod_fiscale: Annotated[StrictStr, Field(alias="cod-fiscale", description="The company's fiscal code.")]
    vat_number: Annotated[StrictStr, Field(alias="vat-number", description="The company's VAT number.")]
    contact_address: Annotated[StrictStr, Field(alias="contact-address", description="The company's address.")]
    contact_city: Annotated[StrictStr, Field(alias="contact-city", description="The company's city.")]
    contact_pcode: Annotated[
        StrictStr, Field(alias="contact-pcode", description="The company's ZIP/postal code (CAP).")
    ]
    contact_type: Annotated[
        Literal["SERVICE_PHONE", "MAIN_PHONE", "FAX", "EMAIL", "PEC", "WEB"],
        Field(alias="contact-type", description="What kind of contact `contact-info` holds."),
    ]
    contact_info: Annotated[StrictStr, Field(alias="contact-info", description="The contact value.")]


class Alias(BaseModel):
    """
    A TPOA alias (shape reconstructed apart from `alias-state`).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id_alias: Annotated[StrictInt | None, Field(alias="id-alias", description="The alias ID.")] = None
    alias: Annotated[StrictStr | None, Field(description="The sender text.")] = None
    alias_state: Annotated[
        Literal[0, 1, 2, 3, 4, 9] | None,
        Field(
            alias="alias-state",
            description="State of the confirmation process: 0 unconfirmed, 1 confirmed by smSend, 2 confirmed by AGCOM,\n3 blocked by smSend, 4 blocked by AGCOM, 9 pre-confirmed by smSend.\n",
        ),
    ] = None
    notification_time: Annotated[
        StrictStr | None, Field(alias="notification-time", description="Notification time, `yyyyMMddHHmmss`.")
    ] = None
    is_numeric: Annotated[StrictBool | None, Field(alias="is-numeric")] = None
    company_name: Annotated[StrictStr | None, Field(alias="company-name")] = None
    contact_name: Annotated[StrictStr | None, Field(alias="contact-name")] = None
    contact_surname: Annotated[StrictStr | None, Field(alias="contact-surname")] = None
    cod_fiscale: Annotated[StrictStr | None, Field(alias="cod-fiscale")] = None
    vat_number: Annotated[StrictStr | None, Field(alias="vat-number")] = None
    contact_address: Annotated[StrictStr | None, Field(alias="contact-address")] = None
    contact_city: Annotated[StrictStr | None, Field(alias="contact-city")] = None
    contact_pcode: Annotated[StrictStr | None, Field(alias="contact-pcode")] = None
    contact_type: Annotated[StrictStr | None, Field(alias="contact-type")] = None
    contact_info: Annotated[StrictStr | None, Field(alias="contact-info")] = None


class AliasList(BaseModel):
    """
    A page of TPOA aliases (shape reconstructed).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    alias: list[Alias]
    pageNumber: StrictInt | None = None
    pageSize: StrictInt | None = None
    total: StrictInt


class SubaccountCreateRequest(BaseModel):
    """
    A new subaccount (unverified, reconstructed).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    login: Annotated[StrictStr, Field(description="The subaccount's username.", min_length=1)]
    password: Annotated[
        StrictStr, Field(description="The subaccount's password, 8 to 16 characters.", max_length=16, min_length=8)
    ]
    email: Annotated[
        StrictStr,
        Field(
            description="The subaccount's email address.",
            examples=["sub@example.com"],
            pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
        ),
    ]
    name: StrictStr | None = None
    surname: StrictStr | None = None
    company_name: Annotated[StrictStr | None, Field(alias="company-name")] = None
    address: StrictStr | None = None
    city: StrictStr | None = None
    province: StrictStr | None = None
    zip_code: Annotated[StrictStr | None, Field(alias="zip-code")] = None
    cell: Annotated[StrictStr | None, Field(description="Mobile phone number.")] = None
    phone: StrictStr | None = None
    fax: StrictStr | None = None
    fiscal_code: Annotated[StrictStr | None, Field(alias="fiscal-code")] = None
    vat_number: Annotated[StrictStr | None, Field(alias="vat-number")] = None
    pa_code: Annotated[StrictStr | None, Field(alias="pa-code", description="Public administration code, if any.")] = (
        None
    )
    credit_eat_mode: Annotated[
        StrictInt | None,
        Field(
            alias="credit-eat-mode",
            description="How the subaccount consumes credits (with 2 the subaccount has its own credits, see `credits` in the subaccount data).",
            ge=0,
        ),
    ] = None
    allowtpoavalidation: Annotated[
        StrictBool | None, Field(description="Whether the subaccount may validate TPOA aliases.")
    ] = None


class SubaccountEditRequest(BaseModel):
    """
    Subaccount fields to change (unverified, reconstructed); fields left out are unchanged.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    email: Annotated[
        StrictStr | None, Field(pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$")
    ] = None
    name: StrictStr | None = None
    surname: StrictStr | None = None
    company_name: Annotated[StrictStr | None, Field(alias="company-name")] = None
    address: StrictStr | None = None
    city: StrictStr | None = None
    province: StrictStr | None = None
    zip_code: Annotated[StrictStr | None, Field(alias="zip-code")] = None
    cell: StrictStr | None = None
    phone: StrictStr | None = None
    fax: StrictStr | None = None
    fiscal_code: Annotated[StrictStr | None, Field(alias="fiscal-code")] = None
    vat_number: Annotated[StrictStr | None, Field(alias="vat-number")] = None
    pa_code: Annotated[StrictStr | None, Field(alias="pa-code")] = None
    credit_eat_mode: Annotated[StrictInt | None, Field(alias="credit-eat-mode", ge=0)] = None
    allowtpoavalidation: StrictBool | None = None
    active: Annotated[StrictBool | None, Field(description="Enables or disables the subaccount.")] = None


class SubaccountPasswordChangeRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    passwd: Annotated[
        StrictStr, Field(description="The new password, 8 to 16 characters.", max_length=16, min_length=8)
    ]


class SubaccountCreditMoveRequest(BaseModel):
    """
    A credit move between the superaccount and a subaccount (unverified, reconstructed).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    credits: Annotated[
        StrictInt,
        Field(
            description="Number of credits to move: positive from the superaccount to the subaccount, negative back to the superaccount."
        ),
    ]
    message_type: Annotated[
        Literal["N", "L", "LL"],
        Field(description="The message type the credits are for: N (high quality), L (medium), LL (low cost)."),
    ]


class SubaccountPurchaseCreateItem(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    message_type: Annotated[Literal["N", "L", "LL"], Field(description="N (high quality), L (medium), LL (low cost).")]
    quantity: Annotated[StrictInt, Field(description="The number of messages bought.", ge=1)]


class Subaccount(BaseModel):
    """
    A subaccount (hyphenated keys as in the published list sample; the other fields are reconstructed).
    `credits` and `credits-sum` are filled only when `credit-eat-mode` is 2.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictInt | None, Field(description="The subaccount ID.")] = None
    login: StrictStr | None = None
    email: StrictStr | None = None
    name: StrictStr | None = None
    surname: StrictStr | None = None
    company_name: Annotated[StrictStr | None, Field(alias="company-name")] = None
    activation_time: Annotated[
        StrictStr | None, Field(alias="activation-time", description="Activation date, `yyyyMMdd`.")
    ] = None
    active: StrictBool | None = None
    address: StrictStr | None = None
    allowtpoavalidation: StrictBool | None = None
    cell: StrictStr | None = None
    city: StrictStr | None = None
    province: StrictStr | None = None
    zip_code: Annotated[StrictStr | None, Field(alias="zip-code")] = None
    fiscal_code: Annotated[StrictStr | None, Field(alias="fiscal-code")] = None
    vat_number: Annotated[StrictStr | None, Field(alias="vat-number")] = None
    pa_code: Annotated[StrictStr | None, Field(alias="pa-code")] = None
    credit_eat_mode: Annotated[StrictInt | None, Field(alias="credit-eat-mode")] = None
    credits: Annotated[
        Any | None,
        Field(description="The subaccount's credits (filled only when credit-eat-mode is 2; type not documented)."),
    ] = None
    credits_sum: Annotated[
        Any | None,
        Field(
            alias="credits-sum",
            description="The sum of the subaccount's credits (filled only when credit-eat-mode is 2; type not documented).",
        ),
    ] = None


class SubaccountList(BaseModel):
    """
    A page of subaccounts, as in the published sample.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[StrictStr | None, Field(description='"OK" on success.')] = None
    pageNumber: StrictInt | None = None
    pageSize: StrictInt | None = None
    total: StrictInt
    subaccount: list[Subaccount]


class SubaccountCredit(BaseModel):
    """
    A quantity of messages of one type (unverified, reconstructed).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    message_type: StrictStr | None = None
    quantity: StrictInt | None = None


class SubaccountCreditList(BaseModel):
    """
    The credits available to a subaccount (unverified, reconstructed).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: StrictStr | None = None
    credits: list[SubaccountCredit] | None = None


class SubaccountPurchase(BaseModel):
    """
    A purchase of credits by a subaccount (unverified, reconstructed).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictInt | None, Field(description="The purchase ID.")] = None
    price: float | None = None
    create_time: Annotated[
        StrictStr | None, Field(alias="create-time", description="Creation time, `yyyyMMddHHmmss`.")
    ] = None
    purchases: list[SubaccountCredit] | None = None


class SubaccountPurchaseList(BaseModel):
    """
    A page of a subaccount's purchases (unverified, reconstructed; envelope as `SubaccountList`).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: StrictStr | None = None
    pageNumber: StrictInt | None = None
    pageSize: StrictInt | None = None
    total: StrictInt
    purchase: list[SubaccountPurchase]


class SmsMessageType(RootModel[Literal["N", "L", "LL"]]):
    root: Annotated[
        Literal["N", "L", "LL"],
        Field(
            description="The SMS quality: `N` high quality with delivery notice, `L` medium quality, `LL` low cost. Sender aliases work only with `N`."
        ),
    ]


class SmsEncoding(RootModel[Literal["gsm", "ucs2"]]):
    root: Annotated[
        Literal["gsm", "ucs2"],
        Field(description="The SMS encoding; use `ucs2` for characters outside the GSM 03.38 set. Default `gsm`."),
    ]


class SmsOrderId(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A custom order ID, at most 32 letters, digits, underscores, dots or dashes.",
            max_length=32,
            min_length=1,
            pattern="^[A-Za-z0-9_-][A-Za-z0-9_.-]*$",
        ),
    ]


class SmsOrderIdPath(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="An order ID (custom, or the UUID generated by the server). Letters, digits, underscores, dots and dashes, not starting with a dot.",
            min_length=1,
            pattern="^[A-Za-z0-9_-][A-Za-z0-9_.-]*$",
        ),
    ]


class SmsSendRequest(BaseModel):
    """
    Body of `send_sms`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    message_type: SmsMessageType
    message: Annotated[
        StrictStr,
        Field(
            description="The message body, at most 1000 characters (may be 160 for low-quality messages). May contain the `%PAGESLINK____________%` and `%SHORT_LINK%` placeholders.",
            max_length=1000,
            min_length=1,
        ),
    ]
    recipient: Annotated[list[PhoneNumber], Field(description="The recipients' phone numbers.", min_length=1)]
    sender: Annotated[
        StrictStr | None,
        Field(
            description='The sender name (TPOA). Empty or null means the user\'s preferred TPOA; must be empty if the message type does not allow a custom TPOA. Default "".'
        ),
    ] = None
    scheduled_delivery_time: Annotated[
        ScheduleTime | None, Field(description="Send the messages at this time (default null = now).")
    ] = None
    scheduled_delivery_timezone: TimeZone | None = None
    order_id: SmsOrderId | None = None
    returnCredits: Annotated[
        StrictBool | None, Field(description="Return the number of credits used instead of the number of messages.")
    ] = False
    returnRemaining: Annotated[StrictBool | None, Field(description="Return the number of remaining SMS messages.")] = (
        False
    )
    allowInvalidRecipients: Annotated[
        StrictBool | None, Field(description="Invalid recipients do not block the sending.")
    ] = False
    encoding: SmsEncoding | None = None
    id_landing: Annotated[
        StrictInt | None,
        Field(
            description="The ID of a published landing page; the message must contain the `%PAGESLINK____________%` placeholder.",
            ge=1,
        ),
    ] = None
    campaign_name: Annotated[StrictStr | None, Field(description="The campaign name.")] = None
    short_link_url: Annotated[
        StrictStr | None,
        Field(
            description="The URL the short link redirects to; the message must contain the `%SHORT_LINK%` placeholder.",
            pattern="^https?://[!-~]+$",
        ),
    ] = None


class SmsParametricRecipient(BaseModel):
    """
    One recipient of a parametric SMS: `recipient` plus one string per `${ParameterName}` placeholder (keyed by the parameter name).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, StrictStr],
    }
    recipient: PhoneNumber


class SmsParametricSendRequest(BaseModel):
    """
    Body of `send_parametric_sms`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    message_type: SmsMessageType
    message: Annotated[
        StrictStr,
        Field(
            description="The message body with `${ParameterName}` placeholders; at most 1000 characters with `gsm` encoding, 450 with `ucs2` (may be 160 for low-quality messages), also after substitution.",
            max_length=1000,
            min_length=1,
        ),
    ]
    recipients: Annotated[
        dict[str, SmsParametricRecipient],
        Field(
            description='A map (JSON object, not an array) from arbitrary keys such as "0", "1" to a recipient and its placeholder values.',
            min_length=1,
        ),
    ]
    sender: Annotated[
        StrictStr | None,
        Field(
            description='The sender name (TPOA). Empty or null means the user\'s preferred TPOA; must be empty if the message type does not allow a custom TPOA. Default "".'
        ),
    ] = None
    scheduled_delivery_time: Annotated[
        ScheduleTime | None, Field(description="Send the messages at this time (default null = now).")
    ] = None
    scheduled_delivery_timezone: TimeZone | None = None
    order_id: SmsOrderId | None = None
    returnCredits: Annotated[
        StrictBool | None, Field(description="Return the number of credits used instead of the number of messages.")
    ] = False
    returnRemaining: Annotated[StrictBool | None, Field(description="Return the number of remaining SMS messages.")] = (
        False
    )
    allowInvalidRecipients: Annotated[
        StrictBool | None, Field(description="Invalid recipients do not block the sending.")
    ] = False
    encoding: SmsEncoding | None = None
    id_landing: Annotated[
        StrictInt | None,
        Field(
            description="The ID of a published landing page; the message must contain the `%PAGESLINK____________%` placeholder.",
            ge=1,
        ),
    ] = None
    campaign_name: Annotated[StrictStr | None, Field(description="The campaign name.")] = None
    short_link_url: Annotated[
        StrictStr | None,
        Field(
            description="The URL the short link redirects to; the message must contain the `%SHORT_LINK%` placeholder.",
            pattern="^https?://[!-~]+$",
        ),
    ] = None


class RecipientItem(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(min_length=1)]


class SmsGroupSendRequest(BaseModel):
    """
    Body of `send_sms_to_groups`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    message_type: SmsMessageType
    message: Annotated[
        StrictStr,
        Field(
            description="The message body, at most 1000 characters with `gsm` encoding, 450 with `ucs2` (may be 160 for low-quality messages).",
            max_length=1000,
            min_length=1,
        ),
    ]
    recipient: Annotated[
        list[RecipientItem], Field(description="The names of the contacts groups to send to.", min_length=1)
    ]
    sender: Annotated[
        StrictStr | None,
        Field(
            description='The sender name (TPOA). Empty or null means the user\'s preferred TPOA; must be empty if the message type does not allow a custom TPOA. Default "".'
        ),
    ] = None
    scheduled_delivery_time: Annotated[
        ScheduleTime | None, Field(description="Send the messages at this time (default null = now).")
    ] = None
    scheduled_delivery_timezone: TimeZone | None = None
    order_id: SmsOrderId | None = None
    returnCredits: Annotated[
        StrictBool | None, Field(description="Return the number of credits used instead of the number of messages.")
    ] = False
    returnRemaining: Annotated[StrictBool | None, Field(description="Return the number of remaining SMS messages.")] = (
        False
    )
    allowInvalidRecipients: Annotated[
        StrictBool | None, Field(description="Invalid recipients do not block the sending.")
    ] = False
    encoding: SmsEncoding | None = None
    id_landing: Annotated[
        StrictInt | None,
        Field(
            description="The ID of a published landing page; the message must contain the `%PAGESLINK____________%` placeholder.",
            ge=1,
        ),
    ] = None
    campaign_name: Annotated[StrictStr | None, Field(description="The campaign name.")] = None
    short_link_url: Annotated[
        StrictStr | None,
        Field(
            description="The URL the short link redirects to; the message must contain the `%SHORT_LINK%` placeholder.",
            pattern="^https?://[!-~]+$",
        ),
    ] = None


class SmsSendResponse(BaseModel):
    """
    Result of an SMS sending.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[StrictStr, Field(description='"OK" when the sending was accepted.')]
    order_id: Annotated[StrictStr, Field(description="The order ID (custom or generated).")]
    total_sent: Annotated[
        StrictInt | None, Field(description="The number of messages sent (credits used, with `returnCredits`).")
    ] = None
    remaining_credits: Annotated[StrictInt | None, Field(description="The remaining credits / SMS messages.")] = None
    internal_order_id: Annotated[StrictStr | None, Field(description="The platform's internal order ID.")] = None


class SmsDeliveryStatus(
    RootModel[
        Literal[
            "WAITING",
            "SENT",
            "WAIT4DLVR",
            "DLVRD",
            "TOOM4USER",
            "TOOM4NUM",
            "ERROR",
            "TIMEOUT",
            "UNKNRCPT",
            "UNKNPFX",
            "DEMO",
            "SCHEDULED",
            "INVALIDDST",
            "BLACKLISTED",
            "KO",
            "INVALIDCONTENTS",
        ]
    ]
):
    root: Annotated[
        Literal[
            "WAITING",
            "SENT",
            "WAIT4DLVR",
            "DLVRD",
            "TOOM4USER",
            "TOOM4NUM",
            "ERROR",
            "TIMEOUT",
            "UNKNRCPT",
            "UNKNPFX",
            "DEMO",
            "SCHEDULED",
            "INVALIDDST",
            "BLACKLISTED",
            "KO",
            "INVALIDCONTENTS",
        ],
        Field(
            description="Delivery status of one recipient: WAITING; SENT (sent to SMSC, or sent); WAIT4DLVR (waiting delivery); DLVRD (delivery received); TOOM4USER (too many SMS from user); TOOM4NUM (too many SMS for number); ERROR; TIMEOUT; UNKNRCPT (unparsable recipient); UNKNPFX (unknown prefix); DEMO (sent in demo mode); SCHEDULED (waiting, delayed); INVALIDDST (invalid destination); BLACKLISTED (number blacklisted, by the platform or the user); KO (SMSC rejected); INVALIDCONTENTS (invalid contents)."
        ),
    ]


class SmsTimestampOrEmpty(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A point in time as `yyyyMMddHHmmss`, or the empty string when not (yet) set.",
            examples=["20261231235959"],
            pattern="^([0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9])?$",
        ),
    ]


class SmsRecipientState(BaseModel):
    """
    Delivery state of one recipient of an order.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    destination: Annotated[StrictStr | None, Field(description="The recipient's phone number.")] = None
    status: SmsDeliveryStatus | None = None
    delivery_date: SmsTimestampOrEmpty | None = None


class SmsStateResponse(BaseModel):
    """
    Status of an SMS order, per recipient.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[StrictStr | None, Field(description='"OK" on success.')] = None
    recipient_number: Annotated[StrictInt | None, Field(description="The number of recipients.", ge=0)] = None
    recipients: list[SmsRecipientState]


class SmsHistoryItem(BaseModel):
    """
    One sent SMS order.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    order_id: StrictStr | None = None
    create_time: Timestamp | None = None
    schedule_time: SmsTimestampOrEmpty | None = None
    message_type: Annotated[StrictStr | None, Field(description="The message type (e.g. N, L, LL).")] = None
    sender: StrictStr | None = None
    num_recipients: Annotated[StrictInt | None, Field(ge=0)] = None


class SmsHistoryResponse(BaseModel):
    """
    A page of the sent SMS history.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[StrictStr | None, Field(description='"OK" on success.')] = None
    total: Annotated[StrictInt, Field(description="The total number of orders matching the filter.", ge=0)]
    pageNumber: Annotated[StrictInt | None, Field(ge=1)] = None
    pageSize: Annotated[StrictInt | None, Field(ge=1)] = None
    smshistory: list[SmsHistoryItem]


class SmsBlacklistNumberList(RootModel[list[PhoneNumber]]):
    """
    Body of `add_numbers_to_sms_blacklist`, a bare JSON array of phone numbers.
    """

    root: Annotated[
        list[PhoneNumber],
        Field(description="Body of `add_numbers_to_sms_blacklist`, a bare JSON array of phone numbers.", min_length=1),
    ]


class SmsBlacklistEntry(BaseModel):
    """
    One blacklisted phone number.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    number: Annotated[StrictStr | None, Field(description="The blacklisted phone number.")] = None
    insertTime: Annotated[StrictStr | None, Field(description="When the number was added.")] = None
    origin: Annotated[StrictStr | None, Field(description="How the number was added (API, WEB or STOPSMS).")] = None


class SmsBlacklistPage(BaseModel):
    """
    A page of blacklisted phone numbers (shape not documented).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    totalElements: Annotated[StrictInt | None, Field(ge=0)] = None
    totalPages: Annotated[StrictInt | None, Field(ge=0)] = None
    first: StrictBool | None = None
    last: StrictBool | None = None
    size: Annotated[StrictInt | None, Field(ge=0)] = None
    number: Annotated[StrictInt | None, Field(ge=0)] = None
    numberOfElements: Annotated[StrictInt | None, Field(ge=0)] = None
    content: list[SmsBlacklistEntry] | None = None


class ReceivedSmsSimList(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="One SIM phone number in international format, or several separated by commas (no spaces).",
            examples=["+393471234567,+393471234568"],
            pattern="^(\\+|00)[1-9][0-9]{5,14}(,(\\+|00)[1-9][0-9]{5,14})*$",
        ),
    ]


class ReceivedSmsMessage(BaseModel):
    """
    One received SMS message.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id_message: Annotated[
        StrictInt | None,
        Field(description="The message ID (usable as `id_message` in `list_received_sms_after_message`)."),
    ] = None
    id_sim: Annotated[StrictStr | None, Field(description="The SIM phone number that received the message.")] = None
    sender: Annotated[StrictStr | None, Field(description="The sender's phone number.")] = None
    message: StrictStr | None = None
    sms_date: Timestamp | None = None
    keyword: StrictStr | None = None


class ReceivedSmsListResponse(BaseModel):
    """
    A list of received SMS messages (at most 100).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[StrictStr | None, Field(description='"OK" on success.')] = None
    srsmshistory: Annotated[list[ReceivedSmsMessage] | None, Field(max_length=100)] = None


class ReceivedSmsPage(BaseModel):
    """
    A page of received SMS messages.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[StrictStr | None, Field(description='"OK" on success.')] = None
    total: Annotated[StrictInt | None, Field(ge=0)] = None
    pageNumber: Annotated[StrictInt | None, Field(ge=1)] = None
    pageSize: Annotated[StrictInt | None, Field(ge=1)] = None
    srsmshistory: list[ReceivedSmsMessage] | None = None


class ReceivedSmsMoPage(BaseModel):
    """
    A page of received MO messages (item shape not documented).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    total: Annotated[StrictInt | None, Field(ge=0)] = None
    pageNumber: Annotated[StrictInt | None, Field(ge=1)] = None
    pageSize: Annotated[StrictInt | None, Field(ge=1)] = None


class LandingPage(BaseModel):
    """
    A published landing page.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id_landing: Annotated[
        StrictInt | None, Field(description="The landing page ID, usable as `id_landing` when sending SMS.")
    ] = None
    name: StrictStr | None = None
    description: StrictStr | None = None
    long_description: StrictStr | None = None
    created: Annotated[StrictInt | None, Field(description="Creation time (epoch milliseconds).")] = None
    modified: Annotated[StrictInt | None, Field(description="Last modification time (epoch milliseconds).")] = None
    html_title: StrictStr | None = None


class LandingPageList(BaseModel):
    """
    The published landing pages of the user.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    landings: list[LandingPage] | None = None


class EmailListCreateRequest(BaseModel):
    """
    Body of `create_list`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    title: Annotated[StrictStr, Field(description="The list name.")]
    id_language: Annotated[StrictStr, Field(description='The list\'s default language, e.g. "ita".', examples=["ita"])]
    email_sender: Annotated[
        StrictStr,
        Field(
            description="The sender's email address.",
            examples=["news@example.com"],
            pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
        ),
    ]
    reply_to: Annotated[
        StrictStr,
        Field(
            description="The email address for the Reply-To field.",
            examples=["reply@example.com"],
            pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
        ),
    ]
    company_name: StrictStr
    company_address: StrictStr
    company_url: Annotated[StrictStr, Field(description="The company website URL.")]
    company_phone: StrictStr
    company_fax: StrictStr


class EmailListModifyRequest(BaseModel):
    """
    Body of `modify_list`; every field is optional.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    title: Annotated[StrictStr | None, Field(description="The list name.")] = None
    id_language: Annotated[
        StrictStr | None, Field(description='The list\'s default language, e.g. "ita".', examples=["ita"])
    ] = None
    email_sender: Annotated[
        StrictStr | None,
        Field(
            description="The sender's email address.",
            pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
        ),
    ] = None
    reply_to: Annotated[
        StrictStr | None,
        Field(
            description="The email address for the Reply-To field.",
            pattern="^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
        ),
    ] = None
    company_name: StrictStr | None = None
    company_address: StrictStr | None = None
    company_url: Annotated[StrictStr | None, Field(description="The company website URL.")] = None
    company_phone: StrictStr | None = None
    company_fax: StrictStr | None = None
    status: Annotated[
        Literal[0, 1, 2] | None, Field(description="The list status, 0 = active, 1 = archived, 2 = to be activated.")
    ] = None


class EmailCampaign(BaseModel):
    """
    An email campaign (list); its fields are not documented.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class EmailCampaignList(RootModel[list[EmailCampaign]]):
    """
    The campaigns in the requested statuses.
    """

    root: Annotated[list[EmailCampaign], Field(description="The campaigns in the requested statuses.")]


class EmailAttachment(BaseModel):
    """
    A file attached to an email issue.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    file_name: Annotated[StrictStr, Field(description="The attachment's file name.", min_length=1)]
    file_content_base64: Annotated[
        StrictStr, Field(description="The file content, base64-encoded.", pattern="^[A-Za-z0-9+/]*={0,2}$")
    ]


class EmailIssueCreateRequest(BaseModel):
    """
    Body of `create_email_draft`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    title: Annotated[StrictStr, Field(description="The issue title.")]
    subject: Annotated[StrictStr, Field(description="The email subject.")]
    share_social: Annotated[StrictBool, Field(description="Add the social share buttons.")]
    web_analytics: Annotated[StrictStr | None, Field(description="The web analytics tracking code.")] = None
    text_content: Annotated[StrictStr, Field(description="The email's text body.")]
    html_content: Annotated[StrictStr, Field(description="The email's HTML body.")]
    attachments: Annotated[list[EmailAttachment], Field(description="The attachments (may be empty).")]


class EmailIssueFromTemplateRequest(BaseModel):
    """
    Body of `create_issue_from_template`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[StrictStr, Field(description="The name/title of the issue.")]
    subject: Annotated[StrictStr, Field(description="The email subject.")]


class ContactId(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(min_length=1)]


class EmailIssueSendRequest(BaseModel):
    """
    Body of `send_issue`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    contactIds: Annotated[
        list[ContactId],
        Field(
            description="The contact IDs of the recipients (at least one; the API answers 500 to an empty list).",
            min_length=1,
        ),
    ]
    scheduleTime: SpacedTimestamp


class TwoFactorPinSendRequest(BaseModel):
    """
    Body of `request_2fa_pin`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    recipient: PhoneNumber
    senderName: Annotated[
        StrictStr | None,
        Field(
            description="The sender name (1-11 letters or digits) or number (up to 16 digits) of the SMS. Default: the\npreferred sender name. The docs give a 400 for an invalid sender name without the rule; the spec states\nthe usual SMS sender limits.\n",
            pattern="^([A-Za-z0-9]{1,11}|[0-9]{1,16})$",
        ),
    ] = None
    expiry: Annotated[StrictInt | None, Field(description="The PIN's validity, in minutes.", ge=1)] = 60
    messageBody: Annotated[
        StrictStr | None,
        Field(
            description="The message body; `%PIN%` marks where the PIN goes, otherwise it is appended. Default a standard message per language."
        ),
    ] = None


class TwoFactorPinSendResponse(BaseModel):
    """
    Result of a PIN request (body not documented).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[StrictStr | None, Field(description='"OK" when the PIN was sent.')] = None


class TwoFactorPinVerifyRequest(BaseModel):
    """
    Body of `verify_2fa_pin`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    recipient: PhoneNumber
    pin: Annotated[StrictStr, Field(description="The PIN entered by the user.", min_length=1)]


class TwoFactorPinVerifyResponse(BaseModel):
    """
    Result of a PIN verification.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["OK", "ERROR"], Field(description="OK when the PIN is valid, ERROR when it is wrong.")]
    triesRemaining: Annotated[
        StrictInt | None, Field(description="The number of tries remaining (with ERROR).", ge=0)
    ] = None
    error: Annotated[StrictStr | None, Field(description='The error message (with ERROR), e.g. "Wrong pin".')] = None


class UserStatusResponse(BaseModel):
    """
    The user's services status. Shape reconstructed (not shown in the docs): remaining SMS per message
    type, the email service, the landing-page service and, with getMoney=true, the money left.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    money: Annotated[
        float | None, Field(description="The user's current money; present/non-null only with getMoney=true.")
    ] = None
    sms: Annotated[list[UserStatusSmsCredit] | None, Field(description="Remaining SMS per message type.")] = None
    email: Annotated[Email | None, Field(description="The email service status.")] = None
    landing: Annotated[dict[str, Any] | None, Field(description="The landing-page service status.")] = None


class AliasCreateRequest(BaseModel):
    """
    The create-alias body: the alias data wrapped under the key `alias`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    alias: AliasDetails


class SubaccountPurchaseCreateRequest(BaseModel):
    """
    A purchase of credits for a subaccount (unverified, reconstructed).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    price: Annotated[float, Field(description="The total price of the purchase.", ge=0.0)]
    purchases: Annotated[
        list[SubaccountPurchaseCreateItem], Field(description="The quantities bought, per message type.", min_length=1)
    ]
