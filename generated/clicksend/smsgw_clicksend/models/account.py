from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_subaccount import AccountSubaccount
    from ..models.currency import Currency


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """An account (the user) with its currency and the authenticated (or, on creation, the main) subaccount.
    Create, View and Verify show different field sets; the required ones are those all three show.

    """

    user_id: int
    """ The account's (user's) id. """
    username: str
    """ The account's username. """
    user_email: str
    """ The owner's email address. """
    active: Flag
    """ 0 (no) or 1 (yes). """
    banned: Flag
    """ 0 (no) or 1 (yes). """
    balance: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    user_phone: str
    """ The owner's phone number (E.164). """
    user_first_name: str
    """ The owner's first name. """
    user_last_name: str
    """ The owner's last name. """
    account: int
    """ The account type (the docs show 0 and 1 without explaining them). """
    account_name: None | str
    """ The account (company) name. """
    account_billing_email: str
    """ The billing email address. """
    account_billing_mobile: None | str
    """ The billing mobile number (E.164). """
    country: str
    """ The account's country (two-letter code). """
    default_country_sms: str
    """ The default country of SMS recipients (two-letter code). """
    auto_recharge: Flag
    """ 0 (no) or 1 (yes). """
    auto_recharge_amount: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    low_credit_amount: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    setting_unicode_sms: Flag
    """ 0 (no) or 1 (yes). """
    setting_email_sms_subject: Flag
    """ 0 (no) or 1 (yes). """
    setting_fix_sender_id: Flag
    """ 0 (no) or 1 (yes). """
    field_currency: Currency
    """ The account's currency (the `_currency` of price, usage and statistics answers). """
    field_subaccount: AccountSubaccount
    """ The subaccount an Account answer carries (the authenticated one; on creation, the new main one). Verify
    Account shows `mobile`, `user_id`, `sms_deidentify_message` and `access_smpp` and omits the others'
    `phone_number`, `access_sms` ... `share_campaigns`, `notes`; the required fields are those all show.
     """
    reply_to: str | Unset = UNSET
    """ Where replies go (an email address, or `originalemail`). """
    delivery_to: None | str | Unset = UNSET
    """ Where delivery reports go. """
    unsubscribe_mail: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    setting_beta: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    setting_sms_message_char_limit: int | Unset = UNSET
    """ The SMS length limit setting (the docs show 6 and 8). """
    setting_sms_hide_your_number: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    setting_sms_hide_business_name: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    old_dashboard: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    balance_commission: float | str | Unset = UNSET
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    timezone: str | Unset = UNSET
    """ The account's time zone (IANA name, e.g. `Australia/Melbourne`). """
    private_uploads: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    fax_quality: int | Unset = UNSET
    """ The fax quality setting (the docs show 0). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        user_email = self.user_email

        active: int = self.active

        banned: int = self.banned

        balance: float | str
        balance = self.balance

        user_phone = self.user_phone

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        account = self.account

        account_name: None | str
        account_name = self.account_name

        account_billing_email = self.account_billing_email

        account_billing_mobile: None | str
        account_billing_mobile = self.account_billing_mobile

        country = self.country

        default_country_sms = self.default_country_sms

        auto_recharge: int = self.auto_recharge

        auto_recharge_amount: float | str
        auto_recharge_amount = self.auto_recharge_amount

        low_credit_amount: float | str
        low_credit_amount = self.low_credit_amount

        setting_unicode_sms: int = self.setting_unicode_sms

        setting_email_sms_subject: int = self.setting_email_sms_subject

        setting_fix_sender_id: int = self.setting_fix_sender_id

        field_currency = self.field_currency.to_dict()

        field_subaccount = self.field_subaccount.to_dict()

        reply_to = self.reply_to

        delivery_to: None | str | Unset
        if isinstance(self.delivery_to, Unset):
            delivery_to = UNSET
        else:
            delivery_to = self.delivery_to

        unsubscribe_mail: int | Unset = UNSET
        if not isinstance(self.unsubscribe_mail, Unset):
            unsubscribe_mail = self.unsubscribe_mail

        setting_beta: int | Unset = UNSET
        if not isinstance(self.setting_beta, Unset):
            setting_beta = self.setting_beta

        setting_sms_message_char_limit = self.setting_sms_message_char_limit

        setting_sms_hide_your_number: int | Unset = UNSET
        if not isinstance(self.setting_sms_hide_your_number, Unset):
            setting_sms_hide_your_number = self.setting_sms_hide_your_number

        setting_sms_hide_business_name: int | Unset = UNSET
        if not isinstance(self.setting_sms_hide_business_name, Unset):
            setting_sms_hide_business_name = self.setting_sms_hide_business_name

        old_dashboard: int | Unset = UNSET
        if not isinstance(self.old_dashboard, Unset):
            old_dashboard = self.old_dashboard

        balance_commission: float | str | Unset
        if isinstance(self.balance_commission, Unset):
            balance_commission = UNSET
        else:
            balance_commission = self.balance_commission

        timezone = self.timezone

        private_uploads: int | Unset = UNSET
        if not isinstance(self.private_uploads, Unset):
            private_uploads = self.private_uploads

        fax_quality = self.fax_quality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "user_email": user_email,
                "active": active,
                "banned": banned,
                "balance": balance,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account": account,
                "account_name": account_name,
                "account_billing_email": account_billing_email,
                "account_billing_mobile": account_billing_mobile,
                "country": country,
                "default_country_sms": default_country_sms,
                "auto_recharge": auto_recharge,
                "auto_recharge_amount": auto_recharge_amount,
                "low_credit_amount": low_credit_amount,
                "setting_unicode_sms": setting_unicode_sms,
                "setting_email_sms_subject": setting_email_sms_subject,
                "setting_fix_sender_id": setting_fix_sender_id,
                "_currency": field_currency,
                "_subaccount": field_subaccount,
            }
        )
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if delivery_to is not UNSET:
            field_dict["delivery_to"] = delivery_to
        if unsubscribe_mail is not UNSET:
            field_dict["unsubscribe_mail"] = unsubscribe_mail
        if setting_beta is not UNSET:
            field_dict["setting_beta"] = setting_beta
        if setting_sms_message_char_limit is not UNSET:
            field_dict["setting_sms_message_char_limit"] = setting_sms_message_char_limit
        if setting_sms_hide_your_number is not UNSET:
            field_dict["setting_sms_hide_your_number"] = setting_sms_hide_your_number
        if setting_sms_hide_business_name is not UNSET:
            field_dict["setting_sms_hide_business_name"] = setting_sms_hide_business_name
        if old_dashboard is not UNSET:
            field_dict["old_dashboard"] = old_dashboard
        if balance_commission is not UNSET:
            field_dict["balance_commission"] = balance_commission
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if private_uploads is not UNSET:
            field_dict["private_uploads"] = private_uploads
        if fax_quality is not UNSET:
            field_dict["fax_quality"] = fax_quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_subaccount import AccountSubaccount  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        user_email = d.pop("user_email")

        active = check_flag(d.pop("active"))

        banned = check_flag(d.pop("banned"))

        def _parse_balance(data: object) -> float | str:
            return cast(float | str, data)

        balance = _parse_balance(d.pop("balance"))

        user_phone = d.pop("user_phone")

        user_first_name = d.pop("user_first_name")

        user_last_name = d.pop("user_last_name")

        account = d.pop("account")

        def _parse_account_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_name = _parse_account_name(d.pop("account_name"))

        account_billing_email = d.pop("account_billing_email")

        def _parse_account_billing_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_billing_mobile = _parse_account_billing_mobile(d.pop("account_billing_mobile"))

        country = d.pop("country")

        default_country_sms = d.pop("default_country_sms")

        auto_recharge = check_flag(d.pop("auto_recharge"))

        def _parse_auto_recharge_amount(data: object) -> float | str:
            return cast(float | str, data)

        auto_recharge_amount = _parse_auto_recharge_amount(d.pop("auto_recharge_amount"))

        def _parse_low_credit_amount(data: object) -> float | str:
            return cast(float | str, data)

        low_credit_amount = _parse_low_credit_amount(d.pop("low_credit_amount"))

        setting_unicode_sms = check_flag(d.pop("setting_unicode_sms"))

        setting_email_sms_subject = check_flag(d.pop("setting_email_sms_subject"))

        setting_fix_sender_id = check_flag(d.pop("setting_fix_sender_id"))

        field_currency = Currency.from_dict(d.pop("_currency"))

        field_subaccount = AccountSubaccount.from_dict(d.pop("_subaccount"))

        reply_to = d.pop("reply_to", UNSET)

        def _parse_delivery_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_to = _parse_delivery_to(d.pop("delivery_to", UNSET))

        _unsubscribe_mail = d.pop("unsubscribe_mail", UNSET)
        unsubscribe_mail: Flag | Unset
        if isinstance(_unsubscribe_mail, Unset):
            unsubscribe_mail = UNSET
        else:
            unsubscribe_mail = check_flag(_unsubscribe_mail)

        _setting_beta = d.pop("setting_beta", UNSET)
        setting_beta: Flag | Unset
        if isinstance(_setting_beta, Unset):
            setting_beta = UNSET
        else:
            setting_beta = check_flag(_setting_beta)

        setting_sms_message_char_limit = d.pop("setting_sms_message_char_limit", UNSET)

        _setting_sms_hide_your_number = d.pop("setting_sms_hide_your_number", UNSET)
        setting_sms_hide_your_number: Flag | Unset
        if isinstance(_setting_sms_hide_your_number, Unset):
            setting_sms_hide_your_number = UNSET
        else:
            setting_sms_hide_your_number = check_flag(_setting_sms_hide_your_number)

        _setting_sms_hide_business_name = d.pop("setting_sms_hide_business_name", UNSET)
        setting_sms_hide_business_name: Flag | Unset
        if isinstance(_setting_sms_hide_business_name, Unset):
            setting_sms_hide_business_name = UNSET
        else:
            setting_sms_hide_business_name = check_flag(_setting_sms_hide_business_name)

        _old_dashboard = d.pop("old_dashboard", UNSET)
        old_dashboard: Flag | Unset
        if isinstance(_old_dashboard, Unset):
            old_dashboard = UNSET
        else:
            old_dashboard = check_flag(_old_dashboard)

        def _parse_balance_commission(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        balance_commission = _parse_balance_commission(d.pop("balance_commission", UNSET))

        timezone = d.pop("timezone", UNSET)

        _private_uploads = d.pop("private_uploads", UNSET)
        private_uploads: Flag | Unset
        if isinstance(_private_uploads, Unset):
            private_uploads = UNSET
        else:
            private_uploads = check_flag(_private_uploads)

        fax_quality = d.pop("fax_quality", UNSET)

        account = cls(
            user_id=user_id,
            username=username,
            user_email=user_email,
            active=active,
            banned=banned,
            balance=balance,
            user_phone=user_phone,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            account=account,
            account_name=account_name,
            account_billing_email=account_billing_email,
            account_billing_mobile=account_billing_mobile,
            country=country,
            default_country_sms=default_country_sms,
            auto_recharge=auto_recharge,
            auto_recharge_amount=auto_recharge_amount,
            low_credit_amount=low_credit_amount,
            setting_unicode_sms=setting_unicode_sms,
            setting_email_sms_subject=setting_email_sms_subject,
            setting_fix_sender_id=setting_fix_sender_id,
            field_currency=field_currency,
            field_subaccount=field_subaccount,
            reply_to=reply_to,
            delivery_to=delivery_to,
            unsubscribe_mail=unsubscribe_mail,
            setting_beta=setting_beta,
            setting_sms_message_char_limit=setting_sms_message_char_limit,
            setting_sms_hide_your_number=setting_sms_hide_your_number,
            setting_sms_hide_business_name=setting_sms_hide_business_name,
            old_dashboard=old_dashboard,
            balance_commission=balance_commission,
            timezone=timezone,
            private_uploads=private_uploads,
            fax_quality=fax_quality,
        )

        account.additional_properties = d
        return account

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
