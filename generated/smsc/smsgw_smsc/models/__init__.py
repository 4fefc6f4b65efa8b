"""Contains all the data models used in inputs/outputs"""

from .add_contact_form import AddContactForm
from .add_contact_form_add import AddContactFormAdd
from .add_contact_to_group_form import AddContactToGroupForm
from .add_contact_to_group_form_move_group import AddContactToGroupFormMoveGroup
from .add_group_form import AddGroupForm
from .add_group_form_add_group import AddGroupFormAddGroup
from .add_job_form import AddJobForm
from .add_job_form_add import AddJobFormAdd
from .add_job_form_cost import AddJobFormCost
from .add_job_form_mail import AddJobFormMail
from .add_sender_form import AddSenderForm
from .add_sender_form_add import AddSenderFormAdd
from .add_to_blacklist_form import AddToBlacklistForm
from .add_to_blacklist_form_add_black import AddToBlacklistFormAddBlack
from .add_to_blacklist_form_type import AddToBlacklistFormType
from .balance_form import BalanceForm
from .balance_form_cur import BalanceFormCur
from .balance_reply import BalanceReply
from .blacklist_entry import BlacklistEntry
from .blacklist_entry_type import BlacklistEntryType
from .cancel_job_form import CancelJobForm
from .cancel_job_form_cancel import CancelJobFormCancel
from .change_contact_form import ChangeContactForm
from .change_contact_form_chg import ChangeContactFormChg
from .change_sender_form import ChangeSenderForm
from .change_sender_form_chg import ChangeSenderFormChg
from .check_sender_code_form import CheckSenderCodeForm
from .check_sender_code_form_check_code import CheckSenderCodeFormCheckCode
from .contact import Contact
from .contact_fields import ContactFields
from .cost_reply import CostReply
from .delete_contact_form import DeleteContactForm
from .delete_contact_form_del import DeleteContactFormDel
from .delete_from_blacklist_form import DeleteFromBlacklistForm
from .delete_from_blacklist_form_del_black import DeleteFromBlacklistFormDelBlack
from .delete_group_form import DeleteGroupForm
from .delete_group_form_del_group import DeleteGroupFormDelGroup
from .delete_job_form import DeleteJobForm
from .delete_job_form_del import DeleteJobFormDel
from .delete_message_form import DeleteMessageForm
from .delete_message_form_del import DeleteMessageFormDel
from .delete_sender_form import DeleteSenderForm
from .delete_sender_form_del import DeleteSenderFormDel
from .error_reply import ErrorReply
from .group import Group
from .history_form import HistoryForm
from .history_form_get_messages import HistoryFormGetMessages
from .history_message import HistoryMessage
from .id_reply import IdReply
from .incoming_form import IncomingForm
from .incoming_form_get_answers import IncomingFormGetAnswers
from .incoming_message import IncomingMessage
from .job_reply import JobReply
from .list_blacklist_form import ListBlacklistForm
from .list_blacklist_form_get_black import ListBlacklistFormGetBlack
from .list_contacts_form import ListContactsForm
from .list_contacts_form_get import ListContactsFormGet
from .list_groups_form import ListGroupsForm
from .list_groups_form_get_group import ListGroupsFormGetGroup
from .list_senders_form import ListSendersForm
from .list_senders_form_all import ListSendersFormAll
from .list_senders_form_get import ListSendersFormGet
from .message_status import MessageStatus
from .message_status_status import MessageStatusStatus
from .move_contact_to_group_form import MoveContactToGroupForm
from .move_contact_to_group_form_move_group import MoveContactToGroupFormMoveGroup
from .ok_reply import OkReply
from .ok_reply_result import OkReplyResult
from .operator_form import OperatorForm
from .operator_form_get_operator import OperatorFormGetOperator
from .operator_info import OperatorInfo
from .price_list import PriceList
from .price_zone import PriceZone
from .prices_form import PricesForm
from .prices_form_get_price import PricesFormGetPrice
from .remove_contact_from_group_form import RemoveContactFromGroupForm
from .remove_contact_from_group_form_move_group import RemoveContactFromGroupFormMoveGroup
from .rename_group_form import RenameGroupForm
from .rename_group_form_chg_group import RenameGroupFormChgGroup
from .reply_options import ReplyOptions
from .reply_options_charset import ReplyOptionsCharset
from .reply_options_fmt import ReplyOptionsFmt
from .send_call_form import SendCallForm
from .send_call_form_call import SendCallFormCall
from .send_call_form_voice import SendCallFormVoice
from .send_cost_form import SendCostForm
from .send_cost_form_call import SendCostFormCall
from .send_cost_form_cost import SendCostFormCost
from .send_cost_form_mail import SendCostFormMail
from .send_cost_form_mms import SendCostFormMms
from .send_cost_form_viber import SendCostFormViber
from .send_email_form import SendEmailForm
from .send_email_form_mail import SendEmailFormMail
from .send_list_form import SendListForm
from .send_mms_form import SendMmsForm
from .send_mms_form_mms import SendMmsFormMms
from .send_options import SendOptions
from .send_options_cost import SendOptionsCost
from .send_options_err import SendOptionsErr
from .send_probe_hlr_form import SendProbeHlrForm
from .send_probe_hlr_form_hlr import SendProbeHlrFormHlr
from .send_probe_ping_form import SendProbePingForm
from .send_probe_ping_form_ping import SendProbePingFormPing
from .send_reply import SendReply
from .send_sender_code_form import SendSenderCodeForm
from .send_sender_code_form_send_code import SendSenderCodeFormSendCode
from .send_sms_form import SendSmsForm
from .send_sms_form_bin import SendSmsFormBin
from .send_sms_form_flash import SendSmsFormFlash
from .send_sms_form_op import SendSmsFormOp
from .send_sms_form_push import SendSmsFormPush
from .send_viber_form import SendViberForm
from .send_viber_form_viber import SendViberFormViber
from .sender import Sender
from .sms_options import SmsOptions
from .sms_options_tinyurl import SmsOptionsTinyurl
from .sms_options_translit import SmsOptionsTranslit
from .statistics import Statistics
from .statistics_form import StatisticsForm
from .statistics_form_get_stat import StatisticsFormGetStat
from .status_detail import StatusDetail
from .status_detail_all import StatusDetailAll
from .status_form import StatusForm
from .statuses_form import StatusesForm

__all__ = (
    "AddContactForm",
    "AddContactFormAdd",
    "AddContactToGroupForm",
    "AddContactToGroupFormMoveGroup",
    "AddGroupForm",
    "AddGroupFormAddGroup",
    "AddJobForm",
    "AddJobFormAdd",
    "AddJobFormCost",
    "AddJobFormMail",
    "AddSenderForm",
    "AddSenderFormAdd",
    "AddToBlacklistForm",
    "AddToBlacklistFormAddBlack",
    "AddToBlacklistFormType",
    "BalanceForm",
    "BalanceFormCur",
    "BalanceReply",
    "BlacklistEntry",
    "BlacklistEntryType",
    "CancelJobForm",
    "CancelJobFormCancel",
    "ChangeContactForm",
    "ChangeContactFormChg",
    "ChangeSenderForm",
    "ChangeSenderFormChg",
    "CheckSenderCodeForm",
    "CheckSenderCodeFormCheckCode",
    "Contact",
    "ContactFields",
    "CostReply",
    "DeleteContactForm",
    "DeleteContactFormDel",
    "DeleteFromBlacklistForm",
    "DeleteFromBlacklistFormDelBlack",
    "DeleteGroupForm",
    "DeleteGroupFormDelGroup",
    "DeleteJobForm",
    "DeleteJobFormDel",
    "DeleteMessageForm",
    "DeleteMessageFormDel",
    "DeleteSenderForm",
    "DeleteSenderFormDel",
    "ErrorReply",
    "Group",
    "HistoryForm",
    "HistoryFormGetMessages",
    "HistoryMessage",
    "IdReply",
    "IncomingForm",
    "IncomingFormGetAnswers",
    "IncomingMessage",
    "JobReply",
    "ListBlacklistForm",
    "ListBlacklistFormGetBlack",
    "ListContactsForm",
    "ListContactsFormGet",
    "ListGroupsForm",
    "ListGroupsFormGetGroup",
    "ListSendersForm",
    "ListSendersFormAll",
    "ListSendersFormGet",
    "MessageStatus",
    "MessageStatusStatus",
    "MoveContactToGroupForm",
    "MoveContactToGroupFormMoveGroup",
    "OkReply",
    "OkReplyResult",
    "OperatorForm",
    "OperatorFormGetOperator",
    "OperatorInfo",
    "PriceList",
    "PricesForm",
    "PricesFormGetPrice",
    "PriceZone",
    "RemoveContactFromGroupForm",
    "RemoveContactFromGroupFormMoveGroup",
    "RenameGroupForm",
    "RenameGroupFormChgGroup",
    "ReplyOptions",
    "ReplyOptionsCharset",
    "ReplyOptionsFmt",
    "SendCallForm",
    "SendCallFormCall",
    "SendCallFormVoice",
    "SendCostForm",
    "SendCostFormCall",
    "SendCostFormCost",
    "SendCostFormMail",
    "SendCostFormMms",
    "SendCostFormViber",
    "SendEmailForm",
    "SendEmailFormMail",
    "Sender",
    "SendListForm",
    "SendMmsForm",
    "SendMmsFormMms",
    "SendOptions",
    "SendOptionsCost",
    "SendOptionsErr",
    "SendProbeHlrForm",
    "SendProbeHlrFormHlr",
    "SendProbePingForm",
    "SendProbePingFormPing",
    "SendReply",
    "SendSenderCodeForm",
    "SendSenderCodeFormSendCode",
    "SendSmsForm",
    "SendSmsFormBin",
    "SendSmsFormFlash",
    "SendSmsFormOp",
    "SendSmsFormPush",
    "SendViberForm",
    "SendViberFormViber",
    "SmsOptions",
    "SmsOptionsTinyurl",
    "SmsOptionsTranslit",
    "Statistics",
    "StatisticsForm",
    "StatisticsFormGetStat",
    "StatusDetail",
    "StatusDetailAll",
    "StatusesForm",
    "StatusForm",
)
