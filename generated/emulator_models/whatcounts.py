# Generated from specs/whatcounts.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from pydantic import BaseModel, Field, RootModel, StrictBool, StrictInt, StrictStr
from typing import Annotated


class FreeText(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(description="Any text; percent-encoded in the path, `+` sent as `%2B`.", max_length=1600, min_length=1),
    ]


class SenderCode(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^[0-9]{5,15}$")]


class WcDate(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`.",
            examples=["Mar 22, 2018 4:05:11 PM"],
            pattern="^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{1,2}, [0-9]{4} [0-9]{1,2}:[0-9]{2}:[0-9]{2} (?:AM|PM)$",
        ),
    ]


class Error(BaseModel):
    error: Annotated[StrictStr, Field(description="What went wrong.")]
    status: Annotated[StrictStr, Field(description="The HTTP reason phrase, e.g. `Internal Server Error`.")]
    statusCode: Annotated[StrictInt, Field(description="The HTTP status.")]


class Message(BaseModel):
    id: StrictInt
    realmId: StrictInt
    totalParts: Annotated[StrictInt, Field(description="Number of SMS parts the text needs.")]
    name: StrictStr
    messageText: StrictStr
    label: Annotated[
        StrictStr | None, Field(description="Comma-separated label names (when the message has labels).")
    ] = None
    createdDate: WcDate
    updatedDate: WcDate


class Subscription(BaseModel):
    id: StrictInt
    realmId: StrictInt
    smsSubscriberId: StrictInt
    smsSenderId: StrictInt
    smsGroupId: Annotated[StrictInt, Field(description="0 when no group was given.")]
    authenticated: StrictBool
    createdDate: WcDate
    updatedDate: WcDate


class SubscriberAdded(BaseModel):
    """
    Note `createDate` (not `createdDate`) in this answer.
    """

    success: StrictBool
    createDate: WcDate
    updatedDate: WcDate
    realmId: StrictInt
    smsSubscriberId: StrictInt
    id: StrictInt
    groupName: StrictStr | None = None
    phone: StrictStr


class PhoneSend(BaseModel):
    success: StrictBool
    createDate: WcDate
    updatedDate: WcDate
    partSent: StrictInt
    realmId: StrictInt
    smsSenderId: StrictInt
    totalParts: StrictInt
    messageId: Annotated[StrictStr, Field(description="The gateway's message id (hexadecimal).")]
    phone: StrictStr
    status: Annotated[
        StrictStr,
        Field(
            description='The gateway\'s status code as a string, "0" for accepted.',
            examples=["0"],
            pattern="^-?[0-9]+$",
        ),
    ]


class Campaign(BaseModel):
    id: StrictInt
    realmId: StrictInt
    smsMessageId: StrictInt
    smsSenderId: StrictInt
    smsGroupId: StrictInt
    smsSubscriberCount: StrictInt
    campaignId: StrictInt | None = None
    lcCampaignId: StrictInt | None = None
    lcActionId: StrictInt | None = None
    name: StrictStr
    description: StrictStr | None = None
    status: Annotated[StrictStr, Field(examples=["submitted"])]
    createdDate: WcDate
    updatedDate: WcDate


class OptOut(BaseModel):
    id: StrictInt
    smsSubscriberId: StrictInt
    smsSenderId: StrictInt
    realmId: StrictInt
    campaignId: StrictInt | None = None
    phone: StrictStr
    createdDate: WcDate
    updatedDate: WcDate
