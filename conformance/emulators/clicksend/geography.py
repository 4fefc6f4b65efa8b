"""What the emulator knows about places: the ISO countries (View Countries), the countries that can be selected
for global sending with their calling codes and prices, phone numbers in and out of E.164, currencies, and the
voice languages (the docs' "Allowed languages" table).

Prices are the emulator's own (the docs give none beyond their examples), per message part, in the account's
currency. A number belongs to the country of the longest calling code it starts with; +1 is the United States
unless the message names Canada (`country: CA`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# ISO 3166-1 alpha-2 codes and their English short names.
_ISO_COUNTRIES = """
AD Andorra|AE United Arab Emirates|AF Afghanistan|AG Antigua and Barbuda|AI Anguilla|AL Albania|AM Armenia|AO Angola|
AQ Antarctica|AR Argentina|AS American Samoa|AT Austria|AU Australia|AW Aruba|AX Åland Islands|AZ Azerbaijan|
BA Bosnia and Herzegovina|BB Barbados|BD Bangladesh|BE Belgium|BF Burkina Faso|BG Bulgaria|BH Bahrain|BI Burundi|
BJ Benin|BL Saint Barthélemy|BM Bermuda|BN Brunei Darussalam|BO Bolivia|BQ Bonaire, Sint Eustatius and Saba|
BR Brazil|BS Bahamas|BT Bhutan|BV Bouvet Island|BW Botswana|BY Belarus|BZ Belize|CA Canada|
CC Cocos (Keeling) Islands|CD Congo, Democratic Republic of the|CF Central African Republic|CG Congo|CH Switzerland|
CI Côte d'Ivoire|CK Cook Islands|CL Chile|CM Cameroon|CN China|CO Colombia|CR Costa Rica|CU Cuba|CV Cabo Verde|
CW Curaçao|CX Christmas Island|CY Cyprus|CZ Czechia|DE Germany|DJ Djibouti|DK Denmark|DM Dominica|
DO Dominican Republic|DZ Algeria|EC Ecuador|EE Estonia|EG Egypt|EH Western Sahara|ER Eritrea|ES Spain|ET Ethiopia|
FI Finland|FJ Fiji|FK Falkland Islands (Malvinas)|FM Micronesia|FO Faroe Islands|FR France|GA Gabon|
GB United Kingdom|GD Grenada|GE Georgia|GF French Guiana|GG Guernsey|GH Ghana|GI Gibraltar|GL Greenland|GM Gambia|
GN Guinea|GP Guadeloupe|GQ Equatorial Guinea|GR Greece|GS South Georgia and the South Sandwich Islands|GT Guatemala|
GU Guam|GW Guinea-Bissau|GY Guyana|HK Hong Kong|HM Heard Island and McDonald Islands|HN Honduras|HR Croatia|HT Haiti|
HU Hungary|ID Indonesia|IE Ireland|IL Israel|IM Isle of Man|IN India|IO British Indian Ocean Territory|IQ Iraq|IR Iran|
IS Iceland|IT Italy|JE Jersey|JM Jamaica|JO Jordan|JP Japan|KE Kenya|KG Kyrgyzstan|KH Cambodia|KI Kiribati|KM Comoros|
KN Saint Kitts and Nevis|KP Korea, Democratic People's Republic of|KR Korea, Republic of|KW Kuwait|KY Cayman Islands|
KZ Kazakhstan|LA Lao People's Democratic Republic|LB Lebanon|LC Saint Lucia|LI Liechtenstein|LK Sri Lanka|LR Liberia|
LS Lesotho|LT Lithuania|LU Luxembourg|LV Latvia|LY Libya|MA Morocco|MC Monaco|MD Moldova|ME Montenegro|
MF Saint Martin (French part)|MG Madagascar|MH Marshall Islands|MK North Macedonia|ML Mali|MM Myanmar|MN Mongolia|
MO Macao|MP Northern Mariana Islands|MQ Martinique|MR Mauritania|MS Montserrat|MT Malta|MU Mauritius|MV Maldives|
MW Malawi|MX Mexico|MY Malaysia|MZ Mozambique|NA Namibia|NC New Caledonia|NE Niger|NF Norfolk Island|NG Nigeria|
NI Nicaragua|NL Netherlands|NO Norway|NP Nepal|NR Nauru|NU Niue|NZ New Zealand|OM Oman|PA Panama|PE Peru|
PF French Polynesia|PG Papua New Guinea|PH Philippines|PK Pakistan|PL Poland|PM Saint Pierre and Miquelon|
PN Pitcairn|PR Puerto Rico|PS Palestine, State of|PT Portugal|PW Palau|PY Paraguay|QA Qatar|RE Réunion|RO Romania|
RS Serbia|RU Russian Federation|RW Rwanda|SA Saudi Arabia|SB Solomon Islands|SC Seychelles|SD Sudan|SE Sweden|
SG Singapore|SH Saint Helena, Ascension and Tristan da Cunha|SI Slovenia|SJ Svalbard and Jan Mayen|SK Slovakia|
SL Sierra Leone|SM San Marino|SN Senegal|SO Somalia|SR Suriname|SS South Sudan|ST Sao Tome and Principe|SV El Salvador|
SX Sint Maarten (Dutch part)|SY Syrian Arab Republic|SZ Eswatini|TC Turks and Caicos Islands|TD Chad|
TF French Southern Territories|TG Togo|TH Thailand|TJ Tajikistan|TK Tokelau|TL Timor-Leste|TM Turkmenistan|TN Tunisia|
TO Tonga|TR Türkiye|TT Trinidad and Tobago|TV Tuvalu|TW Taiwan|TZ Tanzania|UA Ukraine|UG Uganda|
UM United States Minor Outlying Islands|US United States|UY Uruguay|UZ Uzbekistan|VA Holy See|VC Saint Vincent and
the Grenadines|VE Venezuela|VG Virgin Islands (British)|VI Virgin Islands (U.S.)|VN Viet Nam|VU Vanuatu|
WF Wallis and Futuna|WS Samoa|YE Yemen|YT Mayotte|ZA South Africa|ZM Zambia|ZW Zimbabwe|
"""

ISO_COUNTRIES: dict[str, str] = dict(
    (entry.strip()[:2], entry.strip()[3:]) for entry in _ISO_COUNTRIES.replace("\n", " ").split("|") if entry.strip()
)


@dataclass(frozen=True)
class SendingCountry:
    """A country of List Countries (`GET /country-list`): the id Select Countries takes, and what the emulator
    needs to send there (its calling code, prices per part, and its sending regulations)."""

    id: int
    code: str
    name: str
    region: str
    calling_code: str
    sms_price: Decimal  # per SMS part
    mms_price: Decimal  # per MMS
    voice_price: Decimal  # per voice part
    number_price: Decimal  # a dedicated number, per month
    regulations: str = ""  # the regulation requirements, when the country has some
    trunk_prefix: str = "0"  # what national numbers start with, dropped for E.164


SENDING_COUNTRIES: tuple[SendingCountry, ...] = tuple(
    SendingCountry(id, code, name, region, calling, Decimal(sms), Decimal(mms), Decimal(voice), Decimal(number), *more)
    for id, code, name, region, calling, sms, mms, voice, number, *more in (
        (1, "AU", "Australia", "Oceania", "61", "0.0770", "0.2420", "0.0700", "18.59",
         "You can only send from a Dedicated ShortCode. Marketing Messages must be sent from a zero-rated shortcode."),
        (2, "US", "United States", "Americas", "1", "0.0350", "0.1650", "0.0700", "11.11", "", "1"),
        (3, "GB", "United Kingdom", "Europe", "44", "0.0450", "0.2500", "0.0900", "15.00"),
        (4, "NZ", "New Zealand", "Oceania", "64", "0.0900", "0.2600", "0.1000", "16.00"),
        (5, "CA", "Canada", "Americas", "1", "0.0350", "0.1650", "0.0700", "11.11", "", "1"),
        (6, "CN", "China", "Asia", "86", "0.0600", "0.3000", "0.1200", "30.00"),
        (7, "IN", "India", "Asia", "91", "0.0250", "0.2000", "0.0600", "25.00"),
        (8, "DE", "Germany", "Europe", "49", "0.0850", "0.3000", "0.1000", "12.00"),
        (9, "FR", "France", "Europe", "33", "0.0800", "0.3000", "0.1000", "12.00"),
        (10, "IT", "Italy", "Europe", "39", "0.0800", "0.3000", "0.1000", "12.00", "", ""),
        (11, "ES", "Spain", "Europe", "34", "0.0750", "0.3000", "0.1000", "12.00", "", ""),
        (12, "NL", "Netherlands", "Europe", "31", "0.0900", "0.3000", "0.1000", "12.00"),
        (13, "IE", "Ireland", "Europe", "353", "0.0700", "0.3000", "0.1000", "12.00"),
        (14, "SG", "Singapore", "Asia", "65", "0.0400", "0.2500", "0.0800", "20.00", "", ""),
        (15, "PH", "Philippines", "Asia", "63", "0.0300", "0.2000", "0.0800", "20.00"),
        (16, "ZA", "South Africa", "Africa", "27", "0.0300", "0.2000", "0.0800", "20.00"),
        (17, "BR", "Brazil", "Americas", "55", "0.0400", "0.2500", "0.0900", "20.00"),
        (18, "MX", "Mexico", "Americas", "52", "0.0400", "0.2500", "0.0900", "20.00", "", ""),
        (19, "JP", "Japan", "Asia", "81", "0.0800", "0.3000", "0.1200", "30.00"),
        (20, "HK", "Hong Kong", "Asia", "852", "0.0500", "0.2500", "0.1000", "25.00", "", ""),
    )
)  # fmt: skip

SENDING_BY_ID = {country.id: country for country in SENDING_COUNTRIES}
SENDING_BY_CODE = {country.code: country for country in SENDING_COUNTRIES}

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_SEPARATORS = re.compile(r"[\s\-().]")


def sending_country(code: str | None) -> SendingCountry | None:
    return SENDING_BY_CODE.get((code or "").upper())


def to_e164(number: str, country: str | None) -> str | None:
    """`number` in E.164 (`+61411111111`), or None when it cannot be one. A national number (`0411 111 111`,
    `518-481-1001`) is read in `country`, as the docs' samples are (`518-481-1001` with US: `+15184811001`)."""
    digits = _SEPARATORS.sub("", number.strip())
    if digits.startswith("+"):
        candidate = digits
    elif digits.startswith("00"):
        candidate = "+" + digits[2:]
    else:
        home = sending_country(country)
        if home is None or not digits.isdigit():
            return None
        if home.trunk_prefix and digits.startswith(home.trunk_prefix) and len(digits) > 7:
            digits = digits[len(home.trunk_prefix) :]
        if home.calling_code == "1" and not re.fullmatch(r"[2-9][0-9]{9}", digits):
            return None  # North American numbers are ten digits, the first neither 0 nor 1
        candidate = "+" + home.calling_code + digits
    return candidate if E164.match(candidate) else None


def country_of(number: str, hint: str | None = None) -> SendingCountry | None:
    """The sending country of an E.164 number (the longest calling code it starts with), preferring `hint` when
    that country shares the calling code (+1: United States or Canada)."""
    hinted = sending_country(hint)
    if hinted is not None and number.startswith("+" + hinted.calling_code):
        return hinted
    matches = [country for country in SENDING_COUNTRIES if number.startswith("+" + country.calling_code)]
    return max(matches, key=lambda country: (len(country.calling_code), -country.id), default=None)


@dataclass(frozen=True)
class Currency:
    short: str
    prefix_d: str
    prefix_c: str
    long: str

    def wire(self) -> dict[str, str]:
        return {
            "currency_name_short": self.short,
            "currency_prefix_d": self.prefix_d,
            "currency_prefix_c": self.prefix_c,
            "currency_name_long": self.long,
        }


USD = Currency("USD", "$", "¢", "US Dollars")
CURRENCIES = {
    "US": USD,
    "AU": Currency("AUD", "$", "c", "Australian Dollars"),
    "GB": Currency("GBP", "£", "p", "British Pounds"),
    "NZ": Currency("NZD", "$", "c", "New Zealand Dollars"),
    "CA": Currency("CAD", "$", "¢", "Canadian Dollars"),
}


def currency_of(country: str) -> Currency:
    """The currency of an account in `country` (US Dollars where the emulator knows no other)."""
    return CURRENCIES.get(country.upper(), USD)


@dataclass(frozen=True)
class VoiceLanguage:
    code: str
    country: str
    voices: tuple[str, ...]  # the first is the default

    def wire(self) -> dict[str, object]:
        return {"code": self.code, "country": self.country, "gender": list(self.voices)}


BOTH = ("female", "male")
VOICE_LANGUAGES: tuple[VoiceLanguage, ...] = tuple(
    VoiceLanguage(code, country, voices)
    for code, country, voices in (
        ("en-us", "English, US", BOTH),
        ("en-au", "English, Australia", BOTH),
        ("en-gb", "English, UK", BOTH),
        ("en-in", "English, India", ("female",)),
        ("en-gb-wls", "English, Wales", BOTH),
        ("cy-gb-wls", "Celtic, Wales", BOTH),
        ("de-de", "German, Germany", BOTH),
        ("es-es", "Spanish, Spain", BOTH),
        ("es-us", "Spanish, US", BOTH),
        ("fr-ca", "French, Canada", ("female",)),
        ("fr-fr", "French, France", BOTH),
        ("is-is", "Icelandic, Iceland", BOTH),
        ("it-it", "Italian, Italy", BOTH),
        ("da-dk", "Danish, Denmark", BOTH),
        ("nl-nl", "Dutch, Netherlands", BOTH),
        ("nb-no", "Norwegian, Norway", ("female",)),
        ("pl-pl", "Polish, Poland", BOTH),
        ("pt-pt", "Portuguese, Portugal", ("male",)),
        ("pt-br", "Portuguese, Brazil", BOTH),
        ("ro-ro", "Romanian, Romania", ("female",)),
        ("ru-ru", "Russian, Russia", BOTH),
        ("sv-se", "Swedish, Sweden", ("female",)),
        ("tr-tr", "Turkish, Turkey", ("female",)),
    )
)
VOICE_BY_CODE = {language.code: language for language in VOICE_LANGUAGES}
