"""Contains all the data models used in inputs/outputs"""

from .alias import Alias
from .alias_alias_state import AliasAliasState
from .alias_create_request import AliasCreateRequest
from .alias_details import AliasDetails
from .alias_details_contact_type import AliasDetailsContactType
from .alias_list import AliasList
from .boolean_string import BooleanString
from .contact import Contact
from .contact_batch_create_request import ContactBatchCreateRequest
from .contact_create_request import ContactCreateRequest
from .contact_create_request_gender import ContactCreateRequestGender
from .contact_field import ContactField
from .contact_list_registration_request import ContactListRegistrationRequest
from .contact_list_registration_request_gender import ContactListRegistrationRequestGender
from .email_attachment import EmailAttachment
from .email_campaign import EmailCampaign
from .email_issue_create_request import EmailIssueCreateRequest
from .email_issue_from_template_request import EmailIssueFromTemplateRequest
from .email_issue_send_request import EmailIssueSendRequest
from .email_list_create_request import EmailListCreateRequest
from .email_list_modify_request import EmailListModifyRequest
from .email_list_modify_request_status import EmailListModifyRequestStatus
from .group_list import GroupList
from .group_list_item import GroupListItem
from .group_request import GroupRequest
from .landing_page import LandingPage
from .landing_page_list import LandingPageList
from .list_mo_received_sms_type import ListMoReceivedSmsType
from .received_sms_list_response import ReceivedSmsListResponse
from .received_sms_message import ReceivedSmsMessage
from .received_sms_mo_page import ReceivedSmsMoPage
from .received_sms_page import ReceivedSmsPage
from .sms_blacklist_entry import SmsBlacklistEntry
from .sms_blacklist_page import SmsBlacklistPage
from .sms_delivery_status import SmsDeliveryStatus
from .sms_encoding import SmsEncoding
from .sms_group_send_request import SmsGroupSendRequest
from .sms_history_item import SmsHistoryItem
from .sms_history_response import SmsHistoryResponse
from .sms_message_type import SmsMessageType
from .sms_parametric_recipient import SmsParametricRecipient
from .sms_parametric_send_request import SmsParametricSendRequest
from .sms_parametric_send_request_recipients import SmsParametricSendRequestRecipients
from .sms_recipient_state import SmsRecipientState
from .sms_send_request import SmsSendRequest
from .sms_send_response import SmsSendResponse
from .sms_state_response import SmsStateResponse
from .subaccount import Subaccount
from .subaccount_create_request import SubaccountCreateRequest
from .subaccount_credit import SubaccountCredit
from .subaccount_credit_list import SubaccountCreditList
from .subaccount_credit_move_request import SubaccountCreditMoveRequest
from .subaccount_credit_move_request_message_type import SubaccountCreditMoveRequestMessageType
from .subaccount_edit_request import SubaccountEditRequest
from .subaccount_list import SubaccountList
from .subaccount_password_change_request import SubaccountPasswordChangeRequest
from .subaccount_purchase import SubaccountPurchase
from .subaccount_purchase_create_item import SubaccountPurchaseCreateItem
from .subaccount_purchase_create_item_message_type import SubaccountPurchaseCreateItemMessageType
from .subaccount_purchase_create_request import SubaccountPurchaseCreateRequest
from .subaccount_purchase_list import SubaccountPurchaseList
from .two_factor_pin_send_request import TwoFactorPinSendRequest
from .two_factor_pin_send_response import TwoFactorPinSendResponse
from .two_factor_pin_verify_request import TwoFactorPinVerifyRequest
from .two_factor_pin_verify_response import TwoFactorPinVerifyResponse
from .two_factor_pin_verify_response_status import TwoFactorPinVerifyResponseStatus
from .user_status_response import UserStatusResponse
from .user_status_response_email_type_0 import UserStatusResponseEmailType0
from .user_status_response_landing_type_0 import UserStatusResponseLandingType0
from .user_status_sms_credit import UserStatusSmsCredit

__all__ = (
    "Alias",
    "AliasAliasState",
    "AliasCreateRequest",
    "AliasDetails",
    "AliasDetailsContactType",
    "AliasList",
    "BooleanString",
    "Contact",
    "ContactBatchCreateRequest",
    "ContactCreateRequest",
    "ContactCreateRequestGender",
    "ContactField",
    "ContactListRegistrationRequest",
    "ContactListRegistrationRequestGender",
    "EmailAttachment",
    "EmailCampaign",
    "EmailIssueCreateRequest",
    "EmailIssueFromTemplateRequest",
    "EmailIssueSendRequest",
    "EmailListCreateRequest",
    "EmailListModifyRequest",
    "EmailListModifyRequestStatus",
    "GroupList",
    "GroupListItem",
    "GroupRequest",
    "LandingPage",
    "LandingPageList",
    "ListMoReceivedSmsType",
    "ReceivedSmsListResponse",
    "ReceivedSmsMessage",
    "ReceivedSmsMoPage",
    "ReceivedSmsPage",
    "SmsBlacklistEntry",
    "SmsBlacklistPage",
    "SmsDeliveryStatus",
    "SmsEncoding",
    "SmsGroupSendRequest",
    "SmsHistoryItem",
    "SmsHistoryResponse",
    "SmsMessageType",
    "SmsParametricRecipient",
    "SmsParametricSendRequest",
    "SmsParametricSendRequestRecipients",
    "SmsRecipientState",
    "SmsSendRequest",
    "SmsSendResponse",
    "SmsStateResponse",
    "Subaccount",
    "SubaccountCreateRequest",
    "SubaccountCredit",
    "SubaccountCreditList",
    "SubaccountCreditMoveRequest",
    "SubaccountCreditMoveRequestMessageType",
    "SubaccountEditRequest",
    "SubaccountList",
    "SubaccountPasswordChangeRequest",
    "SubaccountPurchase",
    "SubaccountPurchaseCreateItem",
    "SubaccountPurchaseCreateItemMessageType",
    "SubaccountPurchaseCreateRequest",
    "SubaccountPurchaseList",
    "TwoFactorPinSendRequest",
    "TwoFactorPinSendResponse",
    "TwoFactorPinVerifyRequest",
    "TwoFactorPinVerifyResponse",
    "TwoFactorPinVerifyResponseStatus",
    "UserStatusResponse",
    "UserStatusResponseEmailType0",
    "UserStatusResponseLandingType0",
    "UserStatusSmsCredit",
)
