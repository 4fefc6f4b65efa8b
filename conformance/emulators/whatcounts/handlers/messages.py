"""SMS messages: create_message and get_messages.

* create_message fails (500) when the name or the text is blank (empty or white space only) or a message of the
  realm has that exact name already. Label names are the `label` list's items with surrounding white space
  removed; the message keeps the labels the realm defines. If some are not defined, the message **is created**
  (with the defined ones) and the answer is still a 500 saying which labels are undefined, as documented.
* totalParts: 160 GSM-7 characters in one SMS, 153 per part when split (an extension character such as `€` counts
  two); any other text 70 UTF-16 units, 67 per part.
* get_messages: the realm's messages oldest first, 500 per answer from `skip`. The `Link` header always has the
  page's own URL (`rel="self"`) and, when more messages follow, the next page's (`rel="next"`), absolute URLs
  under the request's own origin, in the docs' `<https://{host}/rest/...>;` form.
"""

from __future__ import annotations

from starlette.responses import Response

from ...core import Call, json_body
from ...sms_text import sms_parts
from ..errors import failed
from ..state import Message, RealmState, Store
from . import operation
from .common import message_view

PAGE_SIZE = 500


@operation("create_message")
def create_message(store: Store, call: Call[None, RealmState]) -> Response:
    realm = call.principal
    name: str = call.path["messageName"]
    text: str = call.path["messageText"]
    if not name.strip():
        raise failed("SMS message name is required")
    if not text.strip():
        raise failed("SMS message text is required")
    if realm.message_named(name) is not None:
        raise failed(f"An SMS message named [{name}] already exists in realmId [{realm.realm_id}]")
    requested = [label.strip() for label in call.query.get("label", "").split(",") if label.strip()]
    requested = list(dict.fromkeys(requested))
    undefined = [label for label in requested if label not in realm.labels]
    now = store.now()
    message = Message(
        id=store.next_id("message"),
        name=name,
        text=text,
        labels=tuple(label for label in requested if label in realm.labels),
        total_parts=sms_parts(text),
        created=now,
        updated=now,
    )
    realm.messages[message.id] = message
    if undefined:
        # Documented: the message is created, and the answer is a 500 all the same.
        names = ", ".join(undefined)
        raise failed(
            f"Message created (id {message.id}), but label(s) not defined in realmId [{realm.realm_id}]: {names}"
        )
    return json_body(message_view(realm, message))


@operation("get_messages")
def get_messages(store: Store, call: Call[None, RealmState]) -> Response:
    realm = call.principal
    skip: int = call.query["skip"]
    messages = sorted(realm.messages.values(), key=lambda message: message.id)
    page = messages[skip : skip + PAGE_SIZE]
    url = call.request.url
    here = f"{url.scheme}://{url.netloc}{url.path}"
    links = [f'<{here}?skip={skip}>; rel="self"']
    if skip + PAGE_SIZE < len(messages):
        links.append(f'<{here}?skip={skip + PAGE_SIZE}>; rel="next"')
    response = json_body([message_view(realm, message) for message in page])
    response.headers["Link"] = ", ".join(links)
    return response
