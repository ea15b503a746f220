import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraSpeech
import SetaraStore

/// How a voice session is set up at an office.
public struct VoiceSessionOptions: Sendable {
    /// The language the session starts in (the seeker can switch with L).
    public var language: Language
    /// Headphones or a private room: names and answers may be spoken without asking (V11).
    public var privateAudio: Bool
    /// A kiosk: after one seeker finishes, start again for the next.
    public var kiosk: Bool
    /// Overrides of Voices/session.yaml (tests use short ones).
    public var timeLimitSeconds: Int?
    public var warningSeconds: Int?
    public var repromptSeconds: Int?

    public init(language: Language, privateAudio: Bool = false, kiosk: Bool = false,
                timeLimitSeconds: Int? = nil, warningSeconds: Int? = nil, repromptSeconds: Int? = nil) {
        self.language = language
        self.privateAudio = privateAudio
        self.kiosk = kiosk
        self.timeLimitSeconds = timeLimitSeconds
        self.warningSeconds = warningSeconds
        self.repromptSeconds = repromptSeconds
    }
}

/// The session a blind or low-vision seeker uses: it speaks at once, identifies the seeker,
/// and offers at most five choices at a time. Every key is a single key, the same everywhere;
/// any key interrupts speech. See docs/accessibility.md for the requirements behind each part.
public final class VoiceSession {
    /// Ways out of a screen, thrown so that every screen handles them the same way.
    enum Exit: Error { case back, home, quit, timeout, endOfInput, unavailable }

    /// What a screen is waiting on: its text (in the current language, so that switching
    /// language re-renders it), texts in the other language, and what the repeat key spells.
    struct Ask {
        var text: () -> String
        var others: () -> [(Language, String)] = { [] }
        var item: String?
    }

    let options: VoiceSessionOptions
    let speaker: Speaker
    let input: KeyInput
    let desk: SeekerDesk
    private let settings: SessionSettings
    private var timeLimit: Int
    private let warning: Int
    private let reprompt: Int

    var seeker: Seeker?
    var privateAudio = false
    var notice: String?
    var cachedMatches: [SeekerDesk.Match]?
    var pendingProfile: ProfileQuestions.Answers?
    var pendingReferral: String?
    private var lastRepeatAt: UInt64 = 0
    private var paused = false

    /// Why the session could not go on, when the catalog it loads at the start failed; the
    /// command line reports it and exits with the data-error code.
    public private(set) var failure: (any Error)?

    public convenience init(options: VoiceSessionOptions, voices: Voices, store: any RecordStore, catalog: Catalog,
                            engine: any SpeechEngine, input: KeyInput, screen: Screen) {
        self.init(options: options, voices: voices, store: store, catalog: Deferred(ready: catalog),
                  engine: engine, input: input, screen: screen)
    }

    /// A session whose catalog may still be loading: the first words do not wait for it.
    public init(options: VoiceSessionOptions, voices: Voices, store: any RecordStore, catalog: Deferred<Catalog>,
                engine: any SpeechEngine, input: KeyInput, screen: Screen) {
        self.options = options
        self.speaker = Speaker(engine: engine, voices: voices, screen: screen, language: options.language)
        self.input = input
        self.desk = SeekerDesk(store: store, catalog: catalog)
        self.settings = voices.session
        self.timeLimit = options.timeLimitSeconds ?? voices.session.timeLimitSeconds
        self.warning = options.warningSeconds ?? voices.session.warningSeconds
        self.reprompt = options.repromptSeconds ?? voices.session.repromptSeconds
    }

    /// Runs sessions until the input ends, or once when not a kiosk.
    public func run() {
        while true {
            let exit = session()
            finishSpeaking()
            if exit == .endOfInput || exit == .unavailable || !options.kiosk { return }
            reset()
        }
    }

    var timeLimitEnabled: Bool { timeLimit > 0 }

    /// Switches the time limit off, or back to the office's setting (V9).
    func toggleTimeLimit() {
        timeLimit = timeLimit > 0 ? 0 : max(options.timeLimitSeconds ?? settings.timeLimitSeconds, warning + 1)
    }

    private func reset() {
        speaker.reset(language: options.language)
        seeker = nil
        privateAudio = false
        notice = nil
        cachedMatches = nil
        pendingProfile = nil
        pendingReferral = nil
        timeLimit = options.timeLimitSeconds ?? settings.timeLimitSeconds
    }

    /// One seeker's session, from the first words to goodbye.
    private func session() -> Exit {
        do {
            try identify()
            try mainMenu()
            return .quit
        } catch let exit as Exit {
            let kept = keepDraft() ? " " + speaker.text(.draftSaved) : ""
            switch exit {
            case .timeout:
                speaker.say(speaker.text(.timedOut) + kept + (seeker != nil ? " " + speaker.text(.goodbye) : ""))
            case .quit:
                speaker.say(speaker.text(.goodbye) + kept)
            case .unavailable:
                speaker.say(speaker.text(.unavailable))
            case .endOfInput, .back, .home:
                break
            }
            return exit
        } catch {
            speaker.say(speaker.text(.saveFailed))
            return .quit
        }
    }

    /// Keeps what the seeker was in the middle of, so that a timeout or quitting loses nothing (V9).
    private func keepDraft() -> Bool {
        guard let seeker else { return false }
        do {
            if let pendingProfile {
                let payload = String(decoding: try JSONEncoder().encode(pendingProfile), as: UTF8.self)
                try desk.store.saveDraft(seekerID: seeker.id, kind: "profile", payload: payload, at: Date())
                return true
            } else if let pendingReferral {
                try desk.store.saveDraft(seekerID: seeker.id, kind: "referral", payload: pendingReferral, at: Date())
                return true
            }
        } catch {
            return false
        }
        return false
    }

    /// Lets the last words be heard before the program ends or the next person starts; any key cuts it short.
    private func finishSpeaking() {
        let deadline = DispatchTime.now().uptimeNanoseconds + 30_000_000_000
        while speaker.engine.isSpeaking && DispatchTime.now().uptimeNanoseconds < deadline {
            switch input.next(timeout: 0.05) {
            case nil: continue
            case .end?: Thread.sleep(forTimeInterval: 0.05)  // no more keys will come: let it finish
            case _?: speaker.stop(); return
            }
        }
    }

    // MARK: Waiting for keys

    /// Waits for a key the screen acts on. Global keys (help, repeat, stop, pause, back, home,
    /// rate, volume, language, staff, quit) are handled here, the same on every screen. Silence
    /// brings a reprompt with more help, then a warning before the time limit, then a timeout.
    func key(for ask: Ask, speakFirst: Bool = true) throws -> Key {
        if speakFirst {
            let intro = notice.map { $0 + " " } ?? ""
            notice = nil
            speaker.say(intro + ask.text(), item: ask.item, others: ask.others())
        }
        do {
            try desk.ready()
        } catch {
            failure = error
            throw Exit.unavailable
        }
        var lastActivity = DispatchTime.now().uptimeNanoseconds
        var reprompts = 0
        var warned = false
        enum Due { case reprompt, warning, timeout }
        while true {
            var deadlines: [(seconds: Double, due: Due)] = []
            if reprompts < 3 { deadlines.append((Double(reprompt * (reprompts + 1)), .reprompt)) }
            if timeLimit > 0 && !warned { deadlines.append((Double(timeLimit - warning), .warning)) }
            if timeLimit > 0 { deadlines.append((Double(timeLimit), .timeout)) }
            let next = deadlines.min { $0.seconds < $1.seconds }
            let idle = Double(DispatchTime.now().uptimeNanoseconds - lastActivity) / 1e9
            guard let key = input.next(timeout: next.map { max(0, $0.seconds - idle) }) else {
                switch next?.due {
                case .reprompt:
                    reprompts += 1
                    speaker.say(speaker.text(.reprompt) + " " + ask.text(), item: ask.item, others: ask.others())
                case .warning:
                    warned = true
                    speaker.say(speaker.text(.timeWarning, ["seconds": String(warning)]))
                case .timeout:
                    throw Exit.timeout
                case nil:
                    break
                }
                continue
            }
            lastActivity = DispatchTime.now().uptimeNanoseconds
            if warned {
                // The key that answers the warning extends the time; it does not also act.
                warned = false
                reprompts = 0
                speaker.say(speaker.text(.timeExtended) + " " + ask.text(), item: ask.item)
                continue
            }
            if paused && key != .character("p") && key != .character("P") { paused = false }
            switch key {
            case .end:
                throw Exit.endOfInput
            case .escape:
                speaker.stop()
                throw Exit.back
            case .other:
                speaker.stop()
            case .enter, .backspace:
                speaker.stop()
                return key
            case .character(let c):
                if try handleGlobal(c, ask) { continue }
                speaker.stop()
                return key
            }
        }
    }

    /// Acts on a global key; false when the key is not one.
    private func handleGlobal(_ c: Character, _ ask: Ask) throws -> Bool {
        switch c {
        case "h", "H":
            speaker.say(speaker.text(.help) + " " + ask.text() + " " + speaker.text(.keys))
        case "r", "R":
            let now = DispatchTime.now().uptimeNanoseconds
            if now - lastRepeatAt < UInt64(settings.spellWindowMilliseconds) * 1_000_000 {
                speaker.spellLast()
                lastRepeatAt = 0
            } else {
                speaker.repeatLast()
                lastRepeatAt = now
            }
            return true
        case "s", "S":
            speaker.stop()
        case "p", "P":
            paused.toggle()
            if paused { speaker.engine.pause() } else { speaker.engine.resume() }
            speaker.screen.show(speaker.text(paused ? .paused : .resumed))
        case "b", "B":
            speaker.stop()
            throw Exit.back
        case "m", "M":
            speaker.stop()
            throw Exit.home
        case "q", "Q", "\u{03}":
            speaker.stop()
            throw Exit.quit
        case "=", "+":
            let rate = speaker.changeRate(by: settings.rateStep)
            speaker.say(speaker.text(.rateNow, ["rate": String(rate)]))
        case "-", "_":
            let rate = speaker.changeRate(by: -settings.rateStep)
            speaker.say(speaker.text(.rateNow, ["rate": String(rate)]))
        case "]":
            let volume = speaker.changeVolume(by: settings.volumeStep)
            speaker.say(speaker.text(.volumeNow, ["volume": String(volume)]))
        case "[":
            let volume = speaker.changeVolume(by: -settings.volumeStep)
            speaker.say(speaker.text(.volumeNow, ["volume": String(volume)]))
        case "l", "L":
            speaker.switchLanguage()
            speaker.say(speaker.text(.languageNow) + " " + ask.text(), item: ask.item, others: ask.others())
        case "t", "T":
            speaker.say(speaker.text(.staff))
        default:
            return false
        }
        lastRepeatAt = c == "r" || c == "R" ? lastRepeatAt : 0
        return true
    }

    /// A numbered menu of at most five options (V6); a digit acts at once, even mid-sentence.
    /// Its texts are prompt keys, re-rendered in the current language. `answers` are
    /// replies to a question ("no difficulty", "yes") rather than things to do, and are offered
    /// with their own phrase ("For yes, press 1").
    func menu(_ title: @escaping () -> String, _ choices: [Prompt], answers: Bool = false, item: String? = nil) throws -> Int {
        precondition(choices.count <= 5, "menus have at most five options")
        let ask = Ask(text: { [unowned self] in
            menuText(title(), choices.map { speaker.text($0) }, template: answers ? .answerOption : .option)
        }, item: item)
        var speak = true
        while true {
            let key = try key(for: ask, speakFirst: speak)
            speak = false
            if case .character(let c) = key, let digit = c.wholeNumberValue, (1...choices.count).contains(digit) {
                return digit
            }
            speaker.say(speaker.text(.menuInvalid, ["key": describe(key), "count": String(choices.count)]))
        }
    }

    private func menuText(_ title: String, _ choices: [String], template: Prompt) -> String {
        ([title] + choices.enumerated().map { speaker.text(template, ["number": String($0.offset + 1), "option": $0.element]) })
            .joined(separator: " ")
    }

    /// Digits typed into a field, ended by Enter. A masked field is never spoken back (V11):
    /// each key gives a click, and the screen shows a star.
    func digits(_ ask: Ask, masked: Bool, maxLength: Int, speakFirst: Bool = true) throws -> String {
        var value = ""
        var speak = speakFirst
        while true {
            let key = try key(for: ask, speakFirst: speak)
            speak = false
            switch key {
            case .character(let c) where c.isASCII && c.isNumber:
                guard value.count < maxLength else {
                    speaker.say(speaker.text(.fieldFull, ["count": String(maxLength)]))
                    continue
                }
                value.append(c)
                speaker.screen.echo(masked ? "*" : String(c))
                if masked { speaker.engine.earcon(.key) } else if speaker.echo { speaker.echoKey(String(c)) }
            case .backspace:
                guard !value.isEmpty else { continue }
                value.removeLast()
                speaker.screen.echo(" " + speaker.text(.deleted) + " ")
                speaker.echoKey(speaker.text(.deleted))
            case .enter:
                return value
            default:
                speaker.say(speaker.text(.digitsOnly))
            }
        }
    }

    private func describe(_ key: Key) -> String {
        switch key {
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .backspace: return "Backspace"
        default: return "?"
        }
    }
}
