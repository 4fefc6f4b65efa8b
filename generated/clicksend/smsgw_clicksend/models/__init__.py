"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_create_request import AccountCreateRequest
from .account_envelope import AccountEnvelope
from .account_forgot_password_request import AccountForgotPasswordRequest
from .account_forgot_password_verify_request import AccountForgotPasswordVerifyRequest
from .account_forgot_username_request import AccountForgotUsernameRequest
from .account_subaccount import AccountSubaccount
from .account_usage import AccountUsage
from .account_usage_envelope import AccountUsageEnvelope
from .account_usage_subaccount import AccountUsageSubaccount
from .account_usage_total import AccountUsageTotal
from .account_verification import AccountVerification
from .account_verification_envelope import AccountVerificationEnvelope
from .account_verification_request import AccountVerificationRequest
from .automation_action import AutomationAction
from .automation_message_search_type import AutomationMessageSearchType
from .automation_receipt_match_type import AutomationReceiptMatchType
from .contact import Contact
from .contact_envelope import ContactEnvelope
from .contact_list import ContactList
from .contact_list_duplicate_removal_request import ContactListDuplicateRemovalRequest
from .contact_list_envelope import ContactListEnvelope
from .contact_list_import import ContactListImport
from .contact_list_import_envelope import ContactListImportEnvelope
from .contact_list_import_request import ContactListImportRequest
from .contact_list_page import ContactListPage
from .contact_list_page_envelope import ContactListPageEnvelope
from .contact_list_request import ContactListRequest
from .contact_list_search_page import ContactListSearchPage
from .contact_list_search_page_envelope import ContactListSearchPageEnvelope
from .contact_list_search_result import ContactListSearchResult
from .contact_list_search_result_type import ContactListSearchResultType
from .contact_page import ContactPage
from .contact_page_envelope import ContactPageEnvelope
from .contact_removal import ContactRemoval
from .contact_removal_envelope import ContactRemovalEnvelope
from .contact_request import ContactRequest
from .country import Country
from .country_list_envelope import CountryListEnvelope
from .currency import Currency
from .dedicated_number import DedicatedNumber
from .dedicated_number_available import DedicatedNumberAvailable
from .dedicated_number_available_page import DedicatedNumberAvailablePage
from .dedicated_number_available_page_envelope import DedicatedNumberAvailablePageEnvelope
from .dedicated_number_page import DedicatedNumberPage
from .dedicated_number_page_envelope import DedicatedNumberPageEnvelope
from .dedicated_number_purchase import DedicatedNumberPurchase
from .dedicated_number_purchase_envelope import DedicatedNumberPurchaseEnvelope
from .delivery_issue import DeliveryIssue
from .delivery_issue_envelope import DeliveryIssueEnvelope
from .delivery_issue_page import DeliveryIssuePage
from .delivery_issue_page_envelope import DeliveryIssuePageEnvelope
from .delivery_issue_request import DeliveryIssueRequest
from .delivery_issue_request_type import DeliveryIssueRequestType
from .email_receipt_rule import EmailReceiptRule
from .email_receipt_rule_deleted_envelope import EmailReceiptRuleDeletedEnvelope
from .email_receipt_rule_envelope import EmailReceiptRuleEnvelope
from .email_receipt_rule_page import EmailReceiptRulePage
from .email_receipt_rule_page_envelope import EmailReceiptRulePageEnvelope
from .email_receipt_rule_request import EmailReceiptRuleRequest
from .email_receipt_rule_request_enabled import EmailReceiptRuleRequestEnabled
from .email_sms_allowed_address import EmailSmsAllowedAddress
from .email_sms_allowed_address_envelope import EmailSmsAllowedAddressEnvelope
from .email_sms_allowed_address_page import EmailSmsAllowedAddressPage
from .email_sms_allowed_address_page_envelope import EmailSmsAllowedAddressPageEnvelope
from .email_sms_allowed_address_request import EmailSmsAllowedAddressRequest
from .email_sms_stripped_string import EmailSmsStrippedString
from .email_sms_stripped_string_deleted_envelope import EmailSmsStrippedStringDeletedEnvelope
from .email_sms_stripped_string_envelope import EmailSmsStrippedStringEnvelope
from .email_sms_stripped_string_page import EmailSmsStrippedStringPage
from .email_sms_stripped_string_page_envelope import EmailSmsStrippedStringPageEnvelope
from .email_sms_stripped_string_request import EmailSmsStrippedStringRequest
from .empty_list_envelope import EmptyListEnvelope
from .envelope import Envelope
from .error_envelope import ErrorEnvelope
from .fax_inbound_rule import FaxInboundRule
from .fax_inbound_rule_envelope import FaxInboundRuleEnvelope
from .fax_inbound_rule_page import FaxInboundRulePage
from .fax_inbound_rule_page_envelope import FaxInboundRulePageEnvelope
from .fax_inbound_rule_request import FaxInboundRuleRequest
from .fax_inbound_rule_request_enabled import FaxInboundRuleRequestEnabled
from .fax_receipt_rule import FaxReceiptRule
from .fax_receipt_rule_deleted_envelope import FaxReceiptRuleDeletedEnvelope
from .fax_receipt_rule_envelope import FaxReceiptRuleEnvelope
from .fax_receipt_rule_page import FaxReceiptRulePage
from .fax_receipt_rule_page_envelope import FaxReceiptRulePageEnvelope
from .fax_receipt_rule_request import FaxReceiptRuleRequest
from .fax_receipt_rule_request_enabled import FaxReceiptRuleRequestEnabled
from .flag import Flag
from .get_countries_operator import GetCountriesOperator
from .get_global_sending_countries_operator import GetGlobalSendingCountriesOperator
from .get_global_sending_country_list_operator import GetGlobalSendingCountryListOperator
from .global_sending_country import GlobalSendingCountry
from .global_sending_country_list_envelope import GlobalSendingCountryListEnvelope
from .global_sending_country_option import GlobalSendingCountryOption
from .global_sending_country_option_list_envelope import GlobalSendingCountryOptionListEnvelope
from .global_sending_country_selection import GlobalSendingCountrySelection
from .global_sending_registration_status import GlobalSendingRegistrationStatus
from .inbound_sms import InboundSms
from .inbound_sms_envelope import InboundSmsEnvelope
from .inbound_sms_page import InboundSmsPage
from .inbound_sms_page_envelope import InboundSmsPageEnvelope
from .inbound_sms_read_count_envelope import InboundSmsReadCountEnvelope
from .inbound_sms_read_request import InboundSmsReadRequest
from .inbound_sms_test_request import InboundSmsTestRequest
from .list_available_dedicated_numbers_operator import ListAvailableDedicatedNumbersOperator
from .list_available_dedicated_numbers_search_type import ListAvailableDedicatedNumbersSearchType
from .list_contact_lists_operator import ListContactListsOperator
from .list_contacts_operator import ListContactsOperator
from .list_dedicated_numbers_operator import ListDedicatedNumbersOperator
from .list_delivery_issues_operator import ListDeliveryIssuesOperator
from .list_email_receipt_rules_operator import ListEmailReceiptRulesOperator
from .list_email_sms_allowed_addresses_operator import ListEmailSmsAllowedAddressesOperator
from .list_email_sms_stripped_strings_operator import ListEmailSmsStrippedStringsOperator
from .list_fax_inbound_rules_operator import ListFaxInboundRulesOperator
from .list_fax_receipt_rules_operator import ListFaxReceiptRulesOperator
from .list_inbound_sms_operator import ListInboundSmsOperator
from .list_mms_campaigns_operator import ListMmsCampaignsOperator
from .list_mms_history_operator import ListMmsHistoryOperator
from .list_post_return_addresses_operator import ListPostReturnAddressesOperator
from .list_sms_campaigns_operator import ListSmsCampaignsOperator
from .list_sms_history_operator import ListSmsHistoryOperator
from .list_sms_inbound_rules_operator import ListSmsInboundRulesOperator
from .list_sms_receipt_rules_operator import ListSmsReceiptRulesOperator
from .list_sms_receipts_operator import ListSmsReceiptsOperator
from .list_sms_templates_operator import ListSmsTemplatesOperator
from .list_subaccounts_operator import ListSubaccountsOperator
from .list_voice_history_operator import ListVoiceHistoryOperator
from .list_voice_receipt_rules_operator import ListVoiceReceiptRulesOperator
from .list_voice_receipts_operator import ListVoiceReceiptsOperator
from .mms_campaign import MmsCampaign
from .mms_campaign_envelope import MmsCampaignEnvelope
from .mms_campaign_page import MmsCampaignPage
from .mms_campaign_page_envelope import MmsCampaignPageEnvelope
from .mms_campaign_price import MmsCampaignPrice
from .mms_campaign_price_envelope import MmsCampaignPriceEnvelope
from .mms_campaign_price_preview import MmsCampaignPricePreview
from .mms_campaign_request import MmsCampaignRequest
from .mms_history_export import MmsHistoryExport
from .mms_history_export_envelope import MmsHistoryExportEnvelope
from .mms_history_item import MmsHistoryItem
from .mms_history_page import MmsHistoryPage
from .mms_history_page_envelope import MmsHistoryPageEnvelope
from .mms_message import MmsMessage
from .mms_message_input import MmsMessageInput
from .mms_send_request import MmsSendRequest
from .mms_send_result import MmsSendResult
from .mms_send_result_envelope import MmsSendResultEnvelope
from .page import Page
from .post_return_address import PostReturnAddress
from .post_return_address_envelope import PostReturnAddressEnvelope
from .post_return_address_page import PostReturnAddressPage
from .post_return_address_page_envelope import PostReturnAddressPageEnvelope
from .post_return_address_request import PostReturnAddressRequest
from .sms_campaign import SmsCampaign
from .sms_campaign_envelope import SmsCampaignEnvelope
from .sms_campaign_input import SmsCampaignInput
from .sms_campaign_page import SmsCampaignPage
from .sms_campaign_page_envelope import SmsCampaignPageEnvelope
from .sms_campaign_price import SmsCampaignPrice
from .sms_campaign_price_envelope import SmsCampaignPriceEnvelope
from .sms_campaign_price_message import SmsCampaignPriceMessage
from .sms_campaign_send_input import SmsCampaignSendInput
from .sms_cancel_all_envelope import SmsCancelAllEnvelope
from .sms_cancel_all_result import SmsCancelAllResult
from .sms_export_envelope import SmsExportEnvelope
from .sms_export_file import SmsExportFile
from .sms_history_message import SmsHistoryMessage
from .sms_history_page import SmsHistoryPage
from .sms_history_page_envelope import SmsHistoryPageEnvelope
from .sms_inbound_rule import SmsInboundRule
from .sms_inbound_rule_envelope import SmsInboundRuleEnvelope
from .sms_inbound_rule_page import SmsInboundRulePage
from .sms_inbound_rule_page_envelope import SmsInboundRulePageEnvelope
from .sms_inbound_rule_request import SmsInboundRuleRequest
from .sms_inbound_rule_request_enabled import SmsInboundRuleRequestEnabled
from .sms_inbound_rule_request_webhook_type import SmsInboundRuleRequestWebhookType
from .sms_message import SmsMessage
from .sms_message_collection import SmsMessageCollection
from .sms_message_input import SmsMessageInput
from .sms_price import SmsPrice
from .sms_price_envelope import SmsPriceEnvelope
from .sms_price_message import SmsPriceMessage
from .sms_receipt import SmsReceipt
from .sms_receipt_envelope import SmsReceiptEnvelope
from .sms_receipt_page import SmsReceiptPage
from .sms_receipt_page_envelope import SmsReceiptPageEnvelope
from .sms_receipt_read_request import SmsReceiptReadRequest
from .sms_receipt_rule import SmsReceiptRule
from .sms_receipt_rule_envelope import SmsReceiptRuleEnvelope
from .sms_receipt_rule_page import SmsReceiptRulePage
from .sms_receipt_rule_page_envelope import SmsReceiptRulePageEnvelope
from .sms_receipt_rule_request import SmsReceiptRuleRequest
from .sms_receipt_rule_request_enabled import SmsReceiptRuleRequestEnabled
from .sms_receipt_test_request import SmsReceiptTestRequest
from .sms_send_result import SmsSendResult
from .sms_send_result_envelope import SmsSendResultEnvelope
from .sms_template import SmsTemplate
from .sms_template_envelope import SmsTemplateEnvelope
from .sms_template_input import SmsTemplateInput
from .sms_template_page import SmsTemplatePage
from .sms_template_page_envelope import SmsTemplatePageEnvelope
from .statistics_count import StatisticsCount
from .statistics_outbound import StatisticsOutbound
from .statistics_sms import StatisticsSms
from .statistics_sms_day import StatisticsSmsDay
from .statistics_sms_envelope import StatisticsSmsEnvelope
from .statistics_sms_total import StatisticsSmsTotal
from .statistics_voice import StatisticsVoice
from .statistics_voice_day import StatisticsVoiceDay
from .statistics_voice_envelope import StatisticsVoiceEnvelope
from .statistics_voice_total import StatisticsVoiceTotal
from .subaccount import Subaccount
from .subaccount_api_key import SubaccountApiKey
from .subaccount_api_key_envelope import SubaccountApiKeyEnvelope
from .subaccount_create_request import SubaccountCreateRequest
from .subaccount_deleted_envelope import SubaccountDeletedEnvelope
from .subaccount_envelope import SubaccountEnvelope
from .subaccount_page import SubaccountPage
from .subaccount_page_envelope import SubaccountPageEnvelope
from .subaccount_update_request import SubaccountUpdateRequest
from .timezone_list_envelope import TimezoneListEnvelope
from .upload import Upload
from .upload_envelope import UploadEnvelope
from .upload_media_file_convert import UploadMediaFileConvert
from .upload_request import UploadRequest
from .upload_request_convert import UploadRequestConvert
from .voice_cancel_all import VoiceCancelAll
from .voice_cancel_all_envelope import VoiceCancelAllEnvelope
from .voice_history_export import VoiceHistoryExport
from .voice_history_export_envelope import VoiceHistoryExportEnvelope
from .voice_history_item import VoiceHistoryItem
from .voice_history_page import VoiceHistoryPage
from .voice_history_page_envelope import VoiceHistoryPageEnvelope
from .voice_language import VoiceLanguage
from .voice_language_gender_item import VoiceLanguageGenderItem
from .voice_language_list_envelope import VoiceLanguageListEnvelope
from .voice_message import VoiceMessage
from .voice_message_input import VoiceMessageInput
from .voice_message_input_voice import VoiceMessageInputVoice
from .voice_receipt import VoiceReceipt
from .voice_receipt_message_type import VoiceReceiptMessageType
from .voice_receipt_page import VoiceReceiptPage
from .voice_receipt_page_envelope import VoiceReceiptPageEnvelope
from .voice_receipt_rule import VoiceReceiptRule
from .voice_receipt_rule_envelope import VoiceReceiptRuleEnvelope
from .voice_receipt_rule_page import VoiceReceiptRulePage
from .voice_receipt_rule_page_envelope import VoiceReceiptRulePageEnvelope
from .voice_receipt_rule_request import VoiceReceiptRuleRequest
from .voice_receipt_rule_request_enabled import VoiceReceiptRuleRequestEnabled
from .voice_send_request import VoiceSendRequest
from .voice_send_result import VoiceSendResult
from .voice_send_result_envelope import VoiceSendResultEnvelope

__all__ = (
    "Account",
    "AccountCreateRequest",
    "AccountEnvelope",
    "AccountForgotPasswordRequest",
    "AccountForgotPasswordVerifyRequest",
    "AccountForgotUsernameRequest",
    "AccountSubaccount",
    "AccountUsage",
    "AccountUsageEnvelope",
    "AccountUsageSubaccount",
    "AccountUsageTotal",
    "AccountVerification",
    "AccountVerificationEnvelope",
    "AccountVerificationRequest",
    "AutomationAction",
    "AutomationMessageSearchType",
    "AutomationReceiptMatchType",
    "Contact",
    "ContactEnvelope",
    "ContactList",
    "ContactListDuplicateRemovalRequest",
    "ContactListEnvelope",
    "ContactListImport",
    "ContactListImportEnvelope",
    "ContactListImportRequest",
    "ContactListPage",
    "ContactListPageEnvelope",
    "ContactListRequest",
    "ContactListSearchPage",
    "ContactListSearchPageEnvelope",
    "ContactListSearchResult",
    "ContactListSearchResultType",
    "ContactPage",
    "ContactPageEnvelope",
    "ContactRemoval",
    "ContactRemovalEnvelope",
    "ContactRequest",
    "Country",
    "CountryListEnvelope",
    "Currency",
    "DedicatedNumber",
    "DedicatedNumberAvailable",
    "DedicatedNumberAvailablePage",
    "DedicatedNumberAvailablePageEnvelope",
    "DedicatedNumberPage",
    "DedicatedNumberPageEnvelope",
    "DedicatedNumberPurchase",
    "DedicatedNumberPurchaseEnvelope",
    "DeliveryIssue",
    "DeliveryIssueEnvelope",
    "DeliveryIssuePage",
    "DeliveryIssuePageEnvelope",
    "DeliveryIssueRequest",
    "DeliveryIssueRequestType",
    "EmailReceiptRule",
    "EmailReceiptRuleDeletedEnvelope",
    "EmailReceiptRuleEnvelope",
    "EmailReceiptRulePage",
    "EmailReceiptRulePageEnvelope",
    "EmailReceiptRuleRequest",
    "EmailReceiptRuleRequestEnabled",
    "EmailSmsAllowedAddress",
    "EmailSmsAllowedAddressEnvelope",
    "EmailSmsAllowedAddressPage",
    "EmailSmsAllowedAddressPageEnvelope",
    "EmailSmsAllowedAddressRequest",
    "EmailSmsStrippedString",
    "EmailSmsStrippedStringDeletedEnvelope",
    "EmailSmsStrippedStringEnvelope",
    "EmailSmsStrippedStringPage",
    "EmailSmsStrippedStringPageEnvelope",
    "EmailSmsStrippedStringRequest",
    "EmptyListEnvelope",
    "Envelope",
    "ErrorEnvelope",
    "FaxInboundRule",
    "FaxInboundRuleEnvelope",
    "FaxInboundRulePage",
    "FaxInboundRulePageEnvelope",
    "FaxInboundRuleRequest",
    "FaxInboundRuleRequestEnabled",
    "FaxReceiptRule",
    "FaxReceiptRuleDeletedEnvelope",
    "FaxReceiptRuleEnvelope",
    "FaxReceiptRulePage",
    "FaxReceiptRulePageEnvelope",
    "FaxReceiptRuleRequest",
    "FaxReceiptRuleRequestEnabled",
    "Flag",
    "GetCountriesOperator",
    "GetGlobalSendingCountriesOperator",
    "GetGlobalSendingCountryListOperator",
    "GlobalSendingCountry",
    "GlobalSendingCountryListEnvelope",
    "GlobalSendingCountryOption",
    "GlobalSendingCountryOptionListEnvelope",
    "GlobalSendingCountrySelection",
    "GlobalSendingRegistrationStatus",
    "InboundSms",
    "InboundSmsEnvelope",
    "InboundSmsPage",
    "InboundSmsPageEnvelope",
    "InboundSmsReadCountEnvelope",
    "InboundSmsReadRequest",
    "InboundSmsTestRequest",
    "ListAvailableDedicatedNumbersOperator",
    "ListAvailableDedicatedNumbersSearchType",
    "ListContactListsOperator",
    "ListContactsOperator",
    "ListDedicatedNumbersOperator",
    "ListDeliveryIssuesOperator",
    "ListEmailReceiptRulesOperator",
    "ListEmailSmsAllowedAddressesOperator",
    "ListEmailSmsStrippedStringsOperator",
    "ListFaxInboundRulesOperator",
    "ListFaxReceiptRulesOperator",
    "ListInboundSmsOperator",
    "ListMmsCampaignsOperator",
    "ListMmsHistoryOperator",
    "ListPostReturnAddressesOperator",
    "ListSmsCampaignsOperator",
    "ListSmsHistoryOperator",
    "ListSmsInboundRulesOperator",
    "ListSmsReceiptRulesOperator",
    "ListSmsReceiptsOperator",
    "ListSmsTemplatesOperator",
    "ListSubaccountsOperator",
    "ListVoiceHistoryOperator",
    "ListVoiceReceiptRulesOperator",
    "ListVoiceReceiptsOperator",
    "MmsCampaign",
    "MmsCampaignEnvelope",
    "MmsCampaignPage",
    "MmsCampaignPageEnvelope",
    "MmsCampaignPrice",
    "MmsCampaignPriceEnvelope",
    "MmsCampaignPricePreview",
    "MmsCampaignRequest",
    "MmsHistoryExport",
    "MmsHistoryExportEnvelope",
    "MmsHistoryItem",
    "MmsHistoryPage",
    "MmsHistoryPageEnvelope",
    "MmsMessage",
    "MmsMessageInput",
    "MmsSendRequest",
    "MmsSendResult",
    "MmsSendResultEnvelope",
    "Page",
    "PostReturnAddress",
    "PostReturnAddressEnvelope",
    "PostReturnAddressPage",
    "PostReturnAddressPageEnvelope",
    "PostReturnAddressRequest",
    "SmsCampaign",
    "SmsCampaignEnvelope",
    "SmsCampaignInput",
    "SmsCampaignPage",
    "SmsCampaignPageEnvelope",
    "SmsCampaignPrice",
    "SmsCampaignPriceEnvelope",
    "SmsCampaignPriceMessage",
    "SmsCampaignSendInput",
    "SmsCancelAllEnvelope",
    "SmsCancelAllResult",
    "SmsExportEnvelope",
    "SmsExportFile",
    "SmsHistoryMessage",
    "SmsHistoryPage",
    "SmsHistoryPageEnvelope",
    "SmsInboundRule",
    "SmsInboundRuleEnvelope",
    "SmsInboundRulePage",
    "SmsInboundRulePageEnvelope",
    "SmsInboundRuleRequest",
    "SmsInboundRuleRequestEnabled",
    "SmsInboundRuleRequestWebhookType",
    "SmsMessage",
    "SmsMessageCollection",
    "SmsMessageInput",
    "SmsPrice",
    "SmsPriceEnvelope",
    "SmsPriceMessage",
    "SmsReceipt",
    "SmsReceiptEnvelope",
    "SmsReceiptPage",
    "SmsReceiptPageEnvelope",
    "SmsReceiptReadRequest",
    "SmsReceiptRule",
    "SmsReceiptRuleEnvelope",
    "SmsReceiptRulePage",
    "SmsReceiptRulePageEnvelope",
    "SmsReceiptRuleRequest",
    "SmsReceiptRuleRequestEnabled",
    "SmsReceiptTestRequest",
    "SmsSendResult",
    "SmsSendResultEnvelope",
    "SmsTemplate",
    "SmsTemplateEnvelope",
    "SmsTemplateInput",
    "SmsTemplatePage",
    "SmsTemplatePageEnvelope",
    "StatisticsCount",
    "StatisticsOutbound",
    "StatisticsSms",
    "StatisticsSmsDay",
    "StatisticsSmsEnvelope",
    "StatisticsSmsTotal",
    "StatisticsVoice",
    "StatisticsVoiceDay",
    "StatisticsVoiceEnvelope",
    "StatisticsVoiceTotal",
    "Subaccount",
    "SubaccountApiKey",
    "SubaccountApiKeyEnvelope",
    "SubaccountCreateRequest",
    "SubaccountDeletedEnvelope",
    "SubaccountEnvelope",
    "SubaccountPage",
    "SubaccountPageEnvelope",
    "SubaccountUpdateRequest",
    "TimezoneListEnvelope",
    "Upload",
    "UploadEnvelope",
    "UploadMediaFileConvert",
    "UploadRequest",
    "UploadRequestConvert",
    "VoiceCancelAll",
    "VoiceCancelAllEnvelope",
    "VoiceHistoryExport",
    "VoiceHistoryExportEnvelope",
    "VoiceHistoryItem",
    "VoiceHistoryPage",
    "VoiceHistoryPageEnvelope",
    "VoiceLanguage",
    "VoiceLanguageGenderItem",
    "VoiceLanguageListEnvelope",
    "VoiceMessage",
    "VoiceMessageInput",
    "VoiceMessageInputVoice",
    "VoiceReceipt",
    "VoiceReceiptMessageType",
    "VoiceReceiptPage",
    "VoiceReceiptPageEnvelope",
    "VoiceReceiptRule",
    "VoiceReceiptRuleEnvelope",
    "VoiceReceiptRulePage",
    "VoiceReceiptRulePageEnvelope",
    "VoiceReceiptRuleRequest",
    "VoiceReceiptRuleRequestEnabled",
    "VoiceSendRequest",
    "VoiceSendResult",
    "VoiceSendResultEnvelope",
)
