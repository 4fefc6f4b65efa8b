from typing import Literal

PricesFormGetPrice = Literal[1]

PRICES_FORM_GET_PRICE_VALUES: set[PricesFormGetPrice] = {
    1,
}


def check_prices_form_get_price(value: int) -> PricesFormGetPrice:
    if value in PRICES_FORM_GET_PRICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICES_FORM_GET_PRICE_VALUES!r}")
