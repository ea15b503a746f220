/// Every text the voice terminal speaks or shows, by its key in Voices/<lang>/prompts.yaml.
/// A test checks that each key is in both languages with exactly the placeholders the code fills.
public enum Prompt: String, CaseIterable, Sendable {
    // Orientation and identification
    case welcome, languageOffer = "language_offer", identify
    case idEmpty = "id_empty", nikLength = "nik_length", nikProvince = "nik_province", nikBirthDate = "nik_birth_date"
    case idNotFound = "id_not_found", idInactive = "id_inactive"
    case privacyQuestion = "privacy_question", privacyYes = "privacy_yes", privacyNo = "privacy_no"
    case greeting, greetingNamed = "greeting_named"
    case draftOffer = "draft_offer", draftContinue = "draft_continue", draftDiscard = "draft_discard"
    // Menus
    case option, answerOption = "answer_option", menuInvalid = "menu_invalid", digitsOnly = "digits_only", fieldFull = "field_full", deleted
    case mainMenu = "main_menu", menuMatches = "menu_matches", menuDetail = "menu_detail", menuReferral = "menu_referral"
    case menuProfile = "menu_profile", menuSettings = "menu_settings"
    case back, alreadyHome = "already_home", atStart = "at_start"
    case keyUnused = "key_unused", keySpace = "key_space", keyTab = "key_tab", keyOther = "key_other"
    case numberEmpty = "number_empty"
    case leaveUnsaved = "leave_unsaved", leaveKeep = "leave_keep", leaveStay = "leave_stay"
    // Matches
    case loadingMatches = "loading_matches", noMatches = "no_matches"
    case matchRecord = "match_record"
    case matchProvides = "match_provides", matchProvidesNone = "match_provides_none"
    case matchNeeds = "match_needs", matchNeedsNone = "match_needs_none", matchNeedsCount = "match_needs_count"
    case listNext = "list_next", listPrevious = "list_previous", listDetail = "list_detail", listRefer = "list_refer"
    case lastMatch = "last_match", firstMatch = "first_match"
    case detailTitle = "detail_title", detailRefer = "detail_refer"
    case detailPay = "detail_pay", detailPayRange = "detail_pay_range", detailPayUpTo = "detail_pay_up_to", detailPayUnknown = "detail_pay_unknown"
    case detailHours = "detail_hours", detailNightShift = "detail_night_shift"
    case detailRemoteHybrid = "detail_remote_hybrid", detailRemoteFull = "detail_remote_full"
    case detailEducation = "detail_education", detailEducationNone = "detail_education_none", detailPlace = "detail_place"
    case detailCost = "detail_cost", detailCostNone = "detail_cost_none"
    case askMatchNumber = "ask_match_number", matchNumberInvalid = "match_number_invalid"
    // Referral
    case referralSummary = "referral_summary", confirmSend = "confirm_send", confirmCancel = "confirm_cancel"
    case referralReceipt = "referral_receipt", referralContinue = "referral_continue"
    case referralCancelled = "referral_cancelled", referralExists = "referral_exists", referralFailed = "referral_failed"
    // Casework: where the seeker's referrals stand, said after sign-in
    case referralStatus = "referral_status", interviewNext = "interview_next", interviewPlace = "interview_place"
    case statusRequested = "status_requested", statusChecked = "status_checked", statusSent = "status_sent", statusInterview = "status_interview"
    // Casework: the seeker confirms they will come to the coming interview
    case interviewConfirm = "interview_confirm", interviewConfirmYes = "interview_confirm_yes", interviewConfirmLater = "interview_confirm_later"
    case interviewConfirmed = "interview_confirmed", interviewConfirmedAlready = "interview_confirmed_already"
    case interviewConfirmFailed = "interview_confirm_failed"
    // Profile
    case profileIntro = "profile_intro", questionProgress = "question_progress"
    case wgSeeing = "wg_seeing", wgHearing = "wg_hearing", wgWalking = "wg_walking"
    case wgRemembering = "wg_remembering", wgSelfCare = "wg_self_care", wgCommunicating = "wg_communicating"
    case wgShortSeeing = "wg_short_seeing", wgShortHearing = "wg_short_hearing", wgShortWalking = "wg_short_walking"
    case wgShortRemembering = "wg_short_remembering", wgShortSelfCare = "wg_short_self_care"
    case wgShortCommunicating = "wg_short_communicating"
    case wgAnswer1 = "wg_answer_1", wgAnswer2 = "wg_answer_2", wgAnswer3 = "wg_answer_3", wgAnswer4 = "wg_answer_4"
    case needQuestion = "need_question", needCurrentYes = "need_current_yes", needCurrentNo = "need_current_no"
    case yes = "answer_yes", no = "answer_no", noMoreNeeds = "answer_no_more_needs"
    case needStepFreeAccess = "need_step_free_access", needScreenReaderSystems = "need_screen_reader_systems"
    case needSignLanguageInterpreter = "need_sign_language_interpreter", needFlexibleHours = "need_flexible_hours"
    case needQuietSpace = "need_quiet_space", needAccessibleToilet = "need_accessible_toilet"
    case needWrittenInstructions = "need_written_instructions", needRestBreaks = "need_rest_breaks"
    case needAccessibleParking = "need_accessible_parking", needAccessibleTransport = "need_accessible_transport"
    case needCaptioning = "need_captioning", needHearingLoop = "need_hearing_loop", needVisualAlerts = "need_visual_alerts"
    case needScreenMagnification = "need_screen_magnification", needAccessibleDocuments = "need_accessible_documents"
    case needOrientationMobility = "need_orientation_mobility", needPartTime = "need_part_time", needRemoteWork = "need_remote_work"
    case needJobCoach = "need_job_coach", needEasyRead = "need_easy_read", needErgonomicWorkstation = "need_ergonomic_workstation"
    case needServiceAnimal = "need_service_animal", needSupportiveSupervision = "need_supportive_supervision"
    case needRestArea = "need_rest_area", needEvacuationSupport = "need_evacuation_support"
    case previousQuestion = "previous_question"
    case profileSummary = "profile_summary", profileSummaryPrivate = "profile_summary_private"
    case summaryNeedsNone = "summary_needs_none"
    case confirmSave = "confirm_save", profileSaved = "profile_saved", profileCancelled = "profile_cancelled"
    case saveFailed = "save_failed"
    // Settings
    case settingsMenu = "settings_menu", setFaster = "set_faster", setSlower = "set_slower"
    case setLouder = "set_louder", setSofter = "set_softer", setMore = "set_more"
    case moreSettingsMenu = "more_settings_menu", setEcho = "set_echo", setTimeLimit = "set_time_limit"
    case rateNow = "rate_now", volumeNow = "volume_now", rateFastest = "rate_fastest", rateSlowest = "rate_slowest"
    case volumeLoudest = "volume_loudest", volumeSoftest = "volume_softest"
    case echoOn = "echo_on", echoOff = "echo_off"
    case timeLimitOn = "time_limit_on", timeLimitOff = "time_limit_off"
    case on = "state_on", off = "state_off", and
    // Global keys, time, help
    case help, keys, staff, reprompt, paused, resumed, languageNow = "language_now"
    case timeWarning = "time_warning", timeExtended = "time_extended", timedOut = "timed_out", draftSaved = "draft_saved"
    case goodbye, unavailable

    /// The `{name}` placeholders the terminal fills for this text. Each language's text must use
    /// exactly these: one left out would drop a fact (a reference number), one added would be read
    /// out as it is written.
    public var placeholders: Set<String> {
        switch self {
        case .nikLength, .fieldFull, .askMatchNumber, .profileIntro, .profileSummaryPrivate, .numberEmpty, .matchNeedsCount: ["count"]
        case .greetingNamed: ["name"]
        case .option, .answerOption: ["number", "option"]
        case .menuInvalid: ["count", "key"]
        case .matchRecord: ["count", "employer", "number", "place", "score", "title", "verdict"]
        case .matchProvides, .matchNeeds: ["list"]
        case .detailTitle: ["employer", "title", "verdict"]
        case .detailPay, .detailPayUpTo: ["amount"]
        case .detailPayRange: ["high", "low"]
        case .detailHours: ["hours"]
        case .detailEducation: ["education"]
        case .detailPlace: ["place"]
        case .detailCost: ["days", "high", "low"]
        case .matchNumberInvalid: ["count", "typed"]
        case .referralSummary: ["employer", "place", "title"]
        case .referralReceipt, .referralExists: ["reference"]
        case .referralStatus: ["reference", "status", "title"]
        case .interviewNext, .interviewConfirm: ["date", "title"]
        case .interviewConfirmed: ["date"]
        case .interviewPlace: ["place"]
        case .questionProgress: ["count", "number"]
        case .needQuestion: ["need"]
        case .profileSummary: ["answers", "needs"]
        case .settingsMenu: ["rate", "volume"]
        case .moreSettingsMenu: ["echo", "limit"]
        case .rateNow, .rateFastest, .rateSlowest: ["rate"]
        case .volumeNow, .volumeLoudest, .volumeSoftest: ["volume"]
        case .timeWarning: ["seconds"]
        default: []
        }
    }
}
