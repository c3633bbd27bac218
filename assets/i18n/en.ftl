# Sightline interface text, English. Every message here must also exist in nl.ftl.

app-name = Sightline
app-tagline = Service blueprints for workshops and analysis

## Commands: menu text (cmd-ID) and tooltip (cmd-ID-tip)
cmd-new = New
cmd-new-tip = Start a new blueprint with the five standard lanes
cmd-open = Open…
cmd-open-tip = Open a blueprint file
cmd-save = Save
cmd-save-tip = Save the blueprint to its file
cmd-save-as = Save as…
cmd-save-as-tip = Save the blueprint to a new file
cmd-close = Close
cmd-close-tip = Close the blueprint and go back to the start screen
cmd-undo = Undo
cmd-undo-tip = Undo the last change
cmd-redo = Redo
cmd-redo-tip = Redo the last undone change
cmd-copy = Copy
cmd-copy-tip = Copy the selected steps, with their flows and annotations
cmd-paste = Paste
cmd-paste-tip = Paste steps at the selected cell
cmd-duplicate = Duplicate
cmd-duplicate-tip = Copy the selected steps one column to the right
cmd-delete = Delete
cmd-delete-tip = Delete the selection (steps take their flows and annotations with them)
cmd-edit-title = Edit title
cmd-edit-title-tip = Type a new title for the selected step (Enter also works)
cmd-next-step = Add next step
cmd-next-step-tip = Add a step to the right of the selected one and type its title
cmd-step-here = Add step here
cmd-step-here-tip = Add a step in the selected empty cell and type its title
cmd-connect = Connect to…
cmd-connect-tip = Draw a flow from the selected step by keyboard: arrows to the target step, Enter to connect, Esc to cancel
cmd-flip-flow = Flip direction
cmd-flip-flow-tip = Turn the selected flow around
cmd-two-way = Two-way
cmd-two-way-tip = Make the selected flow go both ways, or one way again
cmd-pain-point = Add pain point
cmd-pain-point-tip = Add a pain point to the selected step or flow
cmd-moment-of-truth = Add moment of truth
cmd-moment-of-truth-tip = Add a moment of truth to the selected step or flow
cmd-idea = Add idea
cmd-idea-tip = Add an idea to the selected step or flow
cmd-question = Add question
cmd-question-tip = Add a question to the selected step or flow
cmd-insert-column = Insert column
cmd-insert-column-tip = Insert an empty column at the selected cell; later steps move right
cmd-remove-column = Remove empty column
cmd-remove-column-tip = Remove the selected column if it is empty; later steps move left
cmd-add-lane = Add lane
cmd-add-lane-tip = Add a custom lane below the selected one
cmd-add-phase = Start a phase here
cmd-add-phase-tip = Start a new phase at the selected column
cmd-zoom-in = Zoom in
cmd-zoom-in-tip = Zoom in
cmd-zoom-out = Zoom out
cmd-zoom-out-tip = Zoom out
cmd-fit = Fit to content
cmd-fit-tip = Show the whole blueprint
cmd-zoom-selection = Zoom to selection
cmd-zoom-selection-tip = Zoom to the selected steps
cmd-outline = Outline
cmd-outline-tip = Show or hide the outline of phases, lanes and steps
cmd-inspector = Inspector
cmd-inspector-tip = Show or hide the inspector
cmd-lock = Lock layout
cmd-lock-tip = Freeze lanes, phases, columns and step positions; text, annotations and votes stay open
cmd-vote = Dot voting
cmd-vote-tip = Click a step or a badge to give it a vote, right-click to take one back; the ranking shows the result
cmd-projector = Projector mode
cmd-projector-tip = Full screen, large type, high contrast, no side panels; Esc leaves
cmd-next-phase = Next phase
cmd-next-phase-tip = Show the next phase of the journey
cmd-previous-phase = Previous phase
cmd-previous-phase-tip = Show the previous phase of the journey
cmd-bigger = Bigger interface
cmd-bigger-tip = Make menus, panels and their text bigger
cmd-smaller = Smaller interface
cmd-smaller-tip = Make menus, panels and their text smaller
cmd-normal-size = Normal interface size
cmd-normal-size-tip = Menus, panels and text at their normal size
cmd-shortcuts = Keyboard shortcuts
cmd-shortcuts-tip = All keyboard shortcuts

## Menus and toolbar
menu-file = File
menu-edit = Edit
menu-insert = Insert
menu-view = View
menu-help = Help
menu-theme = Theme
menu-language = Language
menu-new-from-template = New from template
menu-open-recent = Open recent
menu-open-example = Open example
menu-no-recent = No recent files
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
template-standard = Standard blueprint
template-internal = Internal process (the customer is a colleague)
tool-undo = Undo
tool-redo = Redo
tool-pain-point = Pain point
tool-moment-of-truth = Moment of truth
tool-idea = Idea
tool-question = Question
layout-locked = Layout locked

## Start screen
start-new = New blueprint
start-open = Open a file…
start-examples = Open an example
start-recent = Recent files

## Status bar and messages
status-customer-view = Customer view
status-process-view = Process view
status-counts = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
} · { $flows ->
    [one] 1 flow
   *[other] { $flows } flows
} · { $notes ->
    [one] 1 annotation
   *[other] { $notes } annotations
}
status-legend = Legend
error-title = Something went wrong
dismiss = Dismiss
no-example = There is no example called “{ $name }”.
msg-saved = Saved { $path }.
msg-copied = Copied { $count } step(s).
msg-nothing-to-paste = Nothing to paste: copy steps first.
msg-paste-no-room = The copied steps do not fit below the selected lane.
msg-nothing-to-undo = Nothing to undo.
msg-nothing-to-redo = Nothing to redo.
msg-history-cleared = The history no longer fits the document and was cleared: { $error }
msg-connect-from = Connecting from “{ $title }”: arrow keys to the target step, Enter to connect, Esc to cancel.
msg-connect-no-target = Not connected: choose another step with the arrow keys first.
msg-connect-cancelled = Connecting cancelled.
err-cell-taken = that cell is already taken by the step “{ $title }” (lane “{ $lane }”, column { $column }); choose a free cell
err-lane-not-empty = the lane still holds { $n ->
    [one] one step
   *[other] { $n } steps
}; move or delete them first
err-column-not-empty = column { $column } still holds steps; move or delete them first
err-phase-start-taken = another phase already starts at column { $column }
err-column-too-large = that is past the last column ({ $max })
err-self-loop = a flow cannot go from a step to itself
err-date = a due date is written YYYY-MM-DD (2027-03-31) and is a day of the calendar
err-matrix = only an idea (or an action) has a place in the value/effort matrix
err-inbox-text = a participant's text is at most { $max } characters
err-severity = only a pain point has a severity, from 1 to 3
err-perspective = only a moment of truth has a perspective
err-answers = only a message answers questions
err-duplicate-actor = this actor already takes part in the step
err-invalid-number = that number is out of range
err-internal = this change does not fit the blueprint as it is now
err-gone = what this change was about is no longer there (it was deleted or undone)
msg-not-done = Not done: { $error }.
msg-locked = The layout is locked: unlock it (View > Lock layout, Ctrl+K) to move or delete structure.
msg-locked-on = Layout locked.
msg-locked-off = Layout unlocked.
msg-vote-mode = Dot voting: click a step or a badge to vote, right-click to take a vote back.
msg-select-first = Select one step or flow first.
msg-annotation-added = { $kind } added: type its text; Enter keeps it, Esc leaves.
msg-column-not-empty = This column still holds steps; move or delete them first.
msg-phase-taken = A phase already starts at this column.
msg-no-phases = This blueprint has no phases.
msg-last-lane = This is the last lane; add a lane below it to go on.
msg-edge = The steps cannot move past the edge of the blueprint.
msg-last-lane-move = The steps cannot move past the last lane.
msg-autosave-failed = Autosave failed: { $error }
msg-restored = Restored. Save it to keep it.
new-blueprint-title = New blueprint
new-lane = New lane
new-phase = New phase

## Projector
projector-phase = Phase { $n } of { $total }: { $name }
projector-whole = { $title } — whole blueprint
projector-leave = Leave projector (Esc)
projector-whole-button = Whole blueprint

## Canvas
channel-website = website
channel-phone = phone
channel-counter = counter
channel-email = email
channel-letter = letter
channel-app = app
channel-chat = chat
channel-in-person = in person
canvas-type-title = Type a title…
canvas-note-empty = (no text yet)
canvas-type-note = Type the note; Enter keeps it, Shift+Enter for a new line
canvas-note-text = { $kind } — text
canvas-step-title = Step title
line-interaction = Line of interaction
line-visibility = Line of visibility
line-internal = Line of internal interaction
kind-pain-point = Pain point
kind-moment-of-truth = Moment of truth
kind-idea = Idea
kind-question = Question
kind-message = Message
perspective-customer = customer
perspective-organisation = organisation
perspective-both = both
legend-votes = dot votes
legend-more = more notes, questions or actors than there is room for
legend-pain-point = Pain point (severity 1–3)
legend-waste = Waste, by its DOWNTIME letter
legend-kano = K:b, K:p, K:d, K:i — Kano: basic, performance, delighter, indifferent
legend-minutes = “2 h + 10 min”: waiting, then process time
legend-emotion = The customer's feeling (−2 to +2)
legend-tension = Tension: waste that touches a customer need
legend-unanswered = Question that no message answers
legend-late = Question answered only later
legend-unprompted = Message without a question
export-gap = { $n } empty columns
export-made = { $date } · { $steps ->
    [one] 1 step
   *[other] { $steps } steps
}
export-page = page { $page } of { $pages }
legend-mot = { $kind } ({ $perspective })

## Inspector
insp-step = Step
insp-flow = Flow
insp-blueprint = Blueprint
insp-title = Title
insp-description = Description
insp-channel = Channel
insp-label = Label
insp-where = Lane “{ $lane }”, column { $column }
insp-where-phase = Lane “{ $lane }”, column { $column } · phase “{ $phase }”
insp-from-to = From “{ $from }”
    to “{ $to }”
insp-delete-flow = Delete flow
insp-many = { $count } steps selected
insp-many-help = Drag one of them to move them all; Delete removes them.
insp-annotations = Annotations
insp-add = + { $kind }
insp-remove = Remove
insp-what = What is it?
insp-text-of = Text of the annotation
insp-kind-of = Kind of annotation
insp-severity = Severity
insp-votes = Votes
insp-lanes = Lanes
insp-phases = Phases
insp-add-lane = + Add lane
insp-add-phase = + Add phase
insp-lane-name = Name of lane { $n }
insp-lane-kind = Kind of lane { $n }
insp-phase-name = Name of phase { $n }
insp-phase-start = First column of phase { $n }
insp-from-column = from column
insp-up = Up
insp-down = Down
insp-move-up = Move up
insp-move-down = Move down
insp-remove-lane = Remove the lane
insp-remove-lane-steps = Remove the lane and its { $count } step(s)
insp-remove-phase = Remove the phase (its steps stay)

## Outline
outline-filter = Filter
outline-filter-hint = words in titles and notes
outline-all = All steps
outline-before = Before the first phase
outline-untitled = (untitled)

## Ranking
ranking-empty = No votes yet.
projector-voting = Dot voting is on
projector-show-ranking = Show ranking
projector-hide-ranking = Hide ranking
ranking-title = Ranking
ranking-help = Pain points and ideas by votes. Click a step or a badge on the canvas to vote; right-click takes a vote back.
ranking-copy = Copy ranking as text
ranking-step = Step
ranking-line = { $n }. { $what } ({ $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}): { $text }

## Dialogs
dlg-open-title = Open a blueprint
dlg-save-title = Save the blueprint as
dlg-folder = Folder
dlg-up = Up
dlg-file-name = File name
dlg-open = Open
dlg-save = Save
dlg-cancel = Cancel
dlg-system = System dialog…
dlg-system-tip = Use the file dialog of your desktop
dlg-cannot-read-folder = Cannot read the folder { $path }: { $error }
unsaved-title = Save your changes?
unsaved-text = “{ $name }” has changes that are not saved. They are lost if you go on without saving.
unsaved-save = Save
unsaved-discard = Discard
unsaved-cancel = Cancel
recover-title = Restore unsaved work?
recover-text = Sightline stopped before this work was saved. Restore it, or discard it for good.
recover-steps = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
}, saved { $ago }
recover-unreadable = A recovery copy that cannot be read
recover-file = File: { $path }
recover-no-file = Not saved to a file yet
recover-older = The file was saved after this copy was made.
recover-restore = Restore { $n }
recover-discard = Discard { $n }
recover-later = Decide later
recover-later-tip = Keep the copies and ask again next time
ago-now = less than a minute ago
ago-minutes = { $n ->
    [one] 1 minute ago
   *[other] { $n } minutes ago
}
ago-hours = { $n ->
    [one] 1 hour ago
   *[other] { $n } hours ago
}
ago-days = { $n ->
    [one] 1 day ago
   *[other] { $n } days ago
}
disk-title = The file was changed by someone else
disk-text = “{ $name }” changed on disk since you opened it (on a shared drive, a colleague may have saved it). Saving now would replace their version.
disk-overwrite = Overwrite
disk-save-as = Save as…
disk-reload = Reload theirs
disk-reload-tip = Open the version on disk; your changes are lost
disk-cancel = Cancel

## Help
cmd-about = What is a service blueprint?
cmd-about-tip = The lanes and the three lines on one screen, with an example to open
about-title = What is a service blueprint?
about-intro = A service blueprint shows one service from left to right in time: what the customer does, what the organisation does in sight of the customer and out of sight, and what supports it. Three lines separate the lanes. Steps are sticky notes on the grid; flows join them.
about-evidence = What the customer sees or receives: a letter, a web page, a form.
about-customer = What the customer does, step by step (the customer's journey).
about-line-interaction = Where customer and organisation meet: every flow across it is a contact moment.
about-frontstage = What staff do in sight of the customer: the counter, the phone, the chat.
about-line-visibility = Below it, the customer no longer sees what happens.
about-backstage = What staff do out of sight: checking, deciding, asking colleagues.
about-line-internal = Below it, the systems and departments that support the work.
about-support = Support processes and systems: the case system, the archive, other teams.
about-marks = On the steps: pain points (red, with severity), moments of truth (diamonds), ideas, questions and messages. LEAN measures (minutes, value, waste) and the customer's feeling sit on the cards; the analysis finds where they pull in different directions.
about-example = Open an example
canvas-empty-hint = Double-click a cell, or choose one with the arrow keys and press Enter, to add a step. Enter adds the next one to the right, Tab goes one lane down.
key-move-left = On the canvas: the cell to the left
key-move-right = On the canvas: the cell to the right
key-move-up = On the canvas: the lane above
key-move-down = On the canvas: the lane below
key-deselect = On the canvas: clear the selection (or stop connecting)
key-lane-below = On the canvas: the step one lane down (new where the cell is empty)
key-title-next = Typing a title: keep it (on a new step, go on to the right)
key-title-down = Typing a title: keep it and go one lane down
key-stop-typing = Typing a title: stop
key-keep-note = Typing a note: keep it
key-note-new-line = Typing a note: a new line
key-leave-note = Typing a note: leave (an empty new note disappears)
help-title = Keyboard shortcuts
help-close = Close
key-name-left = Left arrow
key-name-right = Right arrow
key-name-up = Up arrow
key-name-down = Down arrow
key-name-escape = Esc
key-name-insert = Insert
key-name-delete = Delete
key-name-backspace = Backspace
key-name-page-up = Page Up
key-name-page-down = Page Down
help-or = or
help-typing-right = While typing a title: next step to the right
help-typing-down = While typing a title: next step one lane down
help-stop-typing = Stop typing
help-note = While typing a note: keep it, or start a new line
help-note-keys = Enter, Shift+Enter
help-connect = After L on a step: choose the target, connect, cancel
help-connect-keys = Arrow keys, Enter, Esc
help-arrows = Move the selection between cells
help-arrows-keys = Arrow keys
help-select = Select several steps
help-select-keys = Shift+click, Ctrl+click, Shift+drag
help-pan = Pan
help-pan-keys = Drag the background, middle mouse, scroll
help-zoom = Zoom
help-zoom-keys = Ctrl+scroll, pinch
help-new-step = New step
help-new-step-keys = Double-click an empty cell
help-new-flow = New flow
help-new-flow-keys = Drag from a step's round handle to another step

## Measures (customer journey and LEAN)
measure-heading = Time, value and feeling
measure-none = —
measure-process = Process minutes
measure-wait = Waiting minutes (before)
measure-customer = Customer's minutes
measure-value = Value
measure-waste-type = Waste type
measure-evidence = Evidence
measure-kano = Kano
measure-emotion = Emotion
measure-value-adding = value adding
measure-necessary = necessary
measure-waste = waste
measure-defects = defects
measure-overproduction = overproduction
measure-waiting = waiting
measure-non-utilised-talent = non-utilised talent
measure-transport = transport
measure-inventory = inventory
measure-motion = motion
measure-extra-processing = extra processing
measure-observed = observed
measure-assumed = assumed
measure-proposed = proposed
measure-basic = basic
measure-performance = performance
measure-delighter = delighter
measure-indifferent = indifferent

## Analysis
cmd-analysis = Analysis
cmd-analysis-tip = The box score and the tensions between LEAN and the customer
cmd-customer-view = Customer view
cmd-customer-view-tip = Put the customer journey in front (emotion, moments of truth, questions, Kano); press again for both
cmd-process-view = Process view
cmd-process-view-tip = Put the process in front (minutes, value class, waste); press again for both
analysis-title = Analysis
analysis-lead-time = Lead time (critical path)
analysis-process = Process time (all steps)
analysis-customer = Customer's own time
analysis-ratio = Value-added ratio
analysis-critical-path = Critical path
analysis-rework = Rework loops (left out of the lead time)
analysis-tensions = Tensions between LEAN and the customer
analysis-no-tensions = No tensions: no waste step touches a customer need.
analysis-no-minutes = Give steps process and waiting minutes (in the inspector) to see the lead time.
analysis-assumed = Steps still assumed: { $count }
cmd-notes-view = Notes view
cmd-notes-view-tip = Show or hide every step's notes as sticky notes under its card
cmd-emotion-curve = Emotion curve
cmd-emotion-curve-tip = Show or hide the customer's feeling as a curve above the customer lane

## Export
cmd-export = Export…
cmd-export-tip = A drawing (SVG, PNG, PDF), a table (CSV) or a report (Markdown) for people without Sightline
dlg-export-title = Export the blueprint as
export-heading = Export
export-format = Format
export-kind-svg = SVG drawing: vector, text stays text (reports, intranet)
export-kind-png = PNG picture (slides, e-mail)
export-kind-pdf = PDF (printing, sharing)
export-kind-csv = CSV table: one row per step and per annotation (spreadsheets)
export-kind-md = Markdown report: steps by phase, pain points, moments of truth, analysis
export-kind-actions = CSV of the actions: owner, due date, status, what each answers (spreadsheets, planning)
export-range = Phases
export-all-phases = All
export-some-phases = Some
export-from = from
export-to = to
export-scale = Scale
export-pages = Pages
export-one-page = One page
export-a4 = A4 pages (landscape)
export-a3 = A3 pages (landscape)
export-go = Export…
export-open = Open
export-reveal = Show in folder
msg-exporting = Exporting to { $path }…
msg-exported = Exported to { $path }.
msg-export-failed = The export to { $path } did not succeed: { $reason }
msg-export-stopped = The export stopped unexpectedly; nothing was written. Try again, or choose another format.
msg-open-failed = The file could not be opened: { $reason }

## Interaction blueprint, actors, field view, comparison
cmd-message = Add message
cmd-message-tip = Add a message: what the organisation tells the customer at this moment (it may answer questions)
cmd-interaction-view = Interaction view
cmd-interaction-view-tip = Show the customer's questions and the organisation's messages per column, with the checks
cmd-actors = Actors
cmd-actors-tip = The people, teams, systems and information objects that take part in the steps
cmd-field-view = Field view
cmd-field-view-tip = The actors on an open canvas, joined by the flows between their steps: who depends on whom
cmd-compare = Compare with…
cmd-compare-tip = Compare with another version (as-is, or another proposal): added, removed and moved steps in colour
tool-message = Message
template-interaction = Interaction blueprint (questions, messages, actors)
band-questions = Questions
band-messages = Messages
insp-actors = Actors
insp-answers = Answers these questions
insp-no-questions = There are no questions yet; add one to a customer step.
insp-empty-question = (question without text)
actors-heading = Actors
actors-help = Choose an actor to highlight its steps; the rest dims.
actors-add = + Add actor
actors-new-name = New actor
actors-highlight = Highlight ({ $count ->
    [one] 1 step
   *[other] { $count } steps
})
actors-highlight-tip = Highlight every step this actor takes part in
actors-name = Actor name
actors-kind = Actor kind
actor-kind-person = person
actor-kind-team = team
actor-kind-organisation = organisation
actor-kind-system = system
actor-kind-information = information
actor-steps = { $count ->
    [one] 1 step
   *[other] { $count } steps
}
field-help = Drag an actor to place it; click one to highlight its steps. Arrows: a flow from a step of one actor to a step of another.
field-empty = No actors yet: add them in the actors panel (Ctrl+G), then tick them on the steps.
dlg-compare-title = Compare with another version
dlg-compare = Compare
msg-comparing = Comparing with { $name }: this version is the new one.
compare-heading = Comparison
compare-with = Compared with { $name } (the older version)
compare-added = { $count ->
    [one] 1 step added
   *[other] { $count } steps added
}
compare-removed = { $count ->
    [one] 1 step removed
   *[other] { $count } steps removed
}
compare-moved = { $count ->
    [one] 1 step moved
   *[other] { $count } steps moved
}
compare-retitled = { $count ->
    [one] 1 step renamed
   *[other] { $count } steps renamed
}
compare-notes = Annotations: { $added } added, { $removed } removed
compare-lead-time = Lead time: { $before } -> { $after } min
compare-value = Value added: { $before } % -> { $after } %
compare-tensions = Tensions: { $before } -> { $after }
compare-close = Close the comparison
analysis-interaction = Questions and messages
analysis-unanswered = Unanswered (column { $column }): { $text }
analysis-answered-late = Answered late (column { $column }): { $text }
analysis-unprompted = Message without a question (column { $column }): { $text }
analysis-overload = Overload: { $count } messages in column { $column }
analysis-max-messages = Most messages in one column
analysis-channels = { $phase }: questions { $questions }; messages { $messages }
lane-kind-evidence = evidence
lane-kind-customer = customer
lane-kind-frontstage = frontstage
lane-kind-backstage = backstage
lane-kind-support = support
lane-kind-custom = other
export-interaction = Include the interaction band (questions and messages)

## The report (sightline report, and the Markdown export's analysis)
report-box-score = Box score
report-measure = measure
report-value = value
report-lead-time = lead time (critical path)
report-process = process time (all steps)
report-customer = customer's own time
report-ratio = value-added ratio
report-no-minutes = No minutes are recorded yet: give the steps their process and waiting minutes to see the lead time, the process time and the value-added ratio.
report-minutes = { $minutes } min
report-minutes-hours = { $minutes } min ({ $hours } h)
report-minutes-days = { $minutes } min ({ $days } { $count ->
    [one] day
   *[other] days
})
report-critical-path = Critical path: { $path }
report-rework = Rework loops (left out of the lead time):
report-tensions = Tensions between LEAN and the customer
report-no-tensions = None found: no waste step touches a customer need.
report-pain-by-phase = Pain points by phase
report-pain-by-lane = Pain points by lane
report-no-pain = No pain points.
report-pain-severity = { $where }: { $n ->
    [one] 1 pain point
   *[other] { $n } pain points
}, severity { $severity }
report-pain-no-severity = { $where }: { $n ->
    [one] 1 pain point
   *[other] { $n } pain points
}, no severity given
report-pain-mixed = { $where }: { $n ->
    [one] 1 pain point
   *[other] { $n } pain points
} ({ $parts })
report-severity-part = { $n } of severity { $severity }
report-severity-unset-part = { $n } without a severity
report-no-phase = Before the first phase
report-no-lane = On no step
report-no-channel = no channel
report-without-channel = { $n } without a channel
report-moments = Moments of truth
report-no-moments = No moments of truth.
report-mot-customer = For the customer
report-mot-organisation = For the organisation
report-mot-both = For the customer and the organisation
report-mot-unset = Perspective not given
report-mot-line = { $who }: { $n ->
    [one] 1 moment of truth
   *[other] { $n } moments of truth
}
report-votes = Votes
report-vote-line = { $rank }. { $kind }, { $n ->
    [one] 1 vote
   *[other] { $n } votes
}: { $text }
report-channels = Channels
report-channel-line = { $channel }: { $n ->
    [one] 1 step
   *[other] { $n } steps
}
report-interaction = Questions and messages
report-all-answered = Every question is answered in time.
report-answered-late = Answered late (column { $column } → { $answered }): { $text }
report-unanswered = Unanswered (column { $column }): { $text }
report-overload = Overload: column { $column } carries { $n ->
    [one] 1 message
   *[other] { $n } messages
} (more than { $max })
report-overload-in-phase = Overload: column { $column } ({ $phase }) carries { $n ->
    [one] 1 message
   *[other] { $n } messages
} (more than { $max })
report-unprompted = Message without a question (column { $column }): { $text }
report-column-phase = phase
report-column-questions = questions by channel
report-column-messages = messages by channel
report-assumed = Steps still assumed
tension-reason = Removing '{ $waste }' hits { $needs }
tension-need-moment = a moment of truth for the customer: '{ $text }'
tension-need-question = a question the customer has: '{ $text }'
tension-need-basic = a basic expectation (Kano)
tension-need-emotion = a customer who feels bad here (emotion { $emotion })
tension-and = { $first } and { $second }

## The Markdown export
md-before-first-phase = (before the first phase)
md-votes = { $n ->
    [one] 1 vote
   *[other] { $n } votes
}
md-severity = severity { $n }
md-no-severity = no severity
md-no-perspective = perspective not set
md-pain-points = Pain points
md-moments-of-truth = Moments of truth

## Files that cannot be read or saved (in the window)
file-read = { $path }: cannot read the file: { $reason }
file-write = { $path }: cannot save the file: { $reason }
file-write-kept = { $path }: cannot save the file: { $reason } (the old version is unchanged)
file-not-a-file = { $path }: this is { $what }, not a file; give the path of a file
file-no-folder = { $path }: cannot save the file: the folder { $folder } does not exist; create it first, or choose another folder
file-read-only = { $path }: the file is read-only, so Sightline leaves it as it is; save under another name, or make the file writable first
file-same-as-input = { $path }: this is the file being read ({ $input }); writing there would replace it. Nothing was written: choose another file to write to
file-invalid = { $path } cannot be opened:
    { $problems }
file-would-not-load = { $path }: not saved, because the file could not be opened again (the old version is unchanged): { $problems }
io-not-found = there is no such file or folder
io-permission = permission denied (ask for write access, or choose another folder)
io-full = the disk is full; make room and try again
io-read-only-disk = the disk or share is read-only
io-other = { $system }
io-folder = this is a folder, not a file
io-too-large = the file is too large for this disk
io-invalid-data = the data could not be read
not-file-folder = a folder
not-file-pipe = a pipe (FIFO)
not-file-device = a device
not-file-socket = a socket
not-file-other = not a regular file
file-filter-blueprint = Sightline blueprint

## Problems inside a blueprint file (window and command line). Keys in quotes are the file's own
## field names and stay as they are.
read-too-big = the file is { $size } MB; Sightline opens blueprints up to { $max } MB. Is this really a blueprint?
read-empty = the file is empty; a blueprint file holds JSON text
read-at-line = line { $line }, column { $column }
read-cut-off = the file ends too early; it may have been cut off while saving or copying
read-trailing = there is more text after the end of the blueprint; remove it, or restore the file from a backup
read-json-too-deep = the data is nested too deeply to be a blueprint
read-not-json = this is not valid JSON ({ $detail })
read-json-expected-value = this is not valid JSON: a value was expected here (text in quotes, a number, true, false, null, a list or an object)
read-json-expected-comma-object = this is not valid JSON: a comma or a closing brace {"}"} is missing here
read-json-expected-comma-list = this is not valid JSON: a comma or a closing bracket ] is missing here
read-json-expected-colon = this is not valid JSON: a colon : is missing here, between a field's name and its value
read-json-key-string = this is not valid JSON: a field's name must be text in double quotes
read-json-bad-escape = this is not valid JSON: a backslash \ in a text starts an escape that does not exist; write \\ for a backslash
read-json-control = this is not valid JSON: a text holds a control character (a tab or line break typed inside quotes); write \t or \n instead
read-json-bad-number = this is not valid JSON: this number is not written as JSON writes numbers
read-json-trailing-comma = this is not valid JSON: a comma stands before a closing bracket or brace; remove it
read-json-bad-unicode = this is not valid JSON: a \u escape here is not a valid character
read-not-blueprint = this is not a Sightline blueprint: the file should be a blueprint (an object in braces {"{"} {"}"}), but is { $found }
read-more = and { $n } more { $n ->
    [one] problem
   *[other] problems
  } not listed here; fix these first, then check the file again
read-no-format = this is not a Sightline blueprint: the field "format" is missing (it should be "{ $format }")
read-wrong-format = this is not a Sightline blueprint: "format" is "{ $found }", not "{ $format }"
read-bad-version = the format version must be a whole number, 1 or more, but is { $found }
read-newer = this file was written by a newer Sightline (format version { $found }); this version reads format version { $version }. Update Sightline to open it.
read-id-twice = the id { $id } is already used by { $first }; every id must be unique
read-place-blueprint = the blueprint itself
read-place-other = another part
read-phase-start-twice = starts at column { $column }, like the phase “{ $other }”; each phase needs a start column of its own
read-no-target = there is no step or flow with id { $id } to attach this annotation to
read-answers-not-question = a message answers questions, but { $id } (“{ $text }”) has "kind": "{ $kind }"; list only annotations of kind "question"
read-no-question = there is no question with id { $id }; a message answers questions listed under "annotations"
read-no-lane = the step “{ $title }” names lane { $id }, but there is no lane with that id; use the id of one of the lanes listed under "lanes"
read-cell-taken = the step “{ $title }” sits in the same cell as { $place } “{ $other }” (lane “{ $lane }”, column { $column }); a cell holds one step, so move one of them to a free column
read-actor-twice = the actor { $id } is listed twice; list each actor once
read-no-actor = there is no actor with id { $id }; use the id of one of the actors listed under "actors"
read-no-step = there is no step with id { $id }; a flow must join two steps listed under "steps"
read-self-flow = the flow goes from “{ $title }” to itself; a flow must join two different steps
read-waste-type-alone = a waste type only goes with "value": "waste"
read-type-null = empty (null)
read-type-bool = true/false
read-type-number = a number
read-type-text = text
read-type-list = a list
read-type-object = an object
read-what-lane = a lane
read-what-actor = an actor
read-what-phase = a phase
read-what-step = a step
read-what-flow = a flow
read-what-annotation = an annotation
read-what-position = a position with "x" and "y"
read-should-be-object = should be { $what } (an object in braces {"{"} {"}"}), but is { $found }
read-missing = the field "{ $key }" is missing
read-text-too-long = this text is { $n } characters long; Sightline keeps texts of up to { $max } characters, in every field. Shorten it, or check that this is the right file
read-should-be-text = should be text in quotes, but is { $found }
read-bad-id = "{ $text }" is not a valid id; ids are uuids such as "0e83cbea-5efa-59db-bf3d-4499d63dfdce"
read-whole = must be a whole number from { $min } to { $max }, but is { $found }
read-not-whole = must be a whole number from { $min } to { $max }, but is { $found } (not a whole number)
read-minutes-range = must be a number of minutes from 0 to { $max }, but is { $found }
read-minutes-type = must be a number of minutes, but is { $found }
read-bool = must be true or false, but is { $found }
read-unknown-word = "{ $text }" is not a known { $what }; use one of: { $choices }
read-word-lane-kind = lane kind
read-word-actor-kind = actor kind
read-word-value = value class
read-word-waste = waste type
read-word-evidence = evidence level
read-word-kano = Kano class
read-word-annotation-kind = annotation kind
read-word-perspective = perspective
read-coordinate-range = must be a number from -{ $limit } to { $limit }, but is { $found }
read-coordinate-type = must be a number, but is { $found }
read-list-too-long = this list has { $n } items; Sightline reads lists of up to { $max } items. Is this really a blueprint?
read-should-be-list = should be a list in square brackets [ ], but is { $found }
read-near-line = { $message } (near line { $line })
read-too-deep = the data is nested more than { $max } levels deep; a blueprint needs fewer than ten. Is this really a blueprint?
read-too-many-list = this list has more than { $max } items; Sightline reads lists and objects of up to { $max } items, in every field. Is this really a blueprint?
read-too-many-object = this object has more than { $max } items; Sightline reads lists and objects of up to { $max } items, in every field. Is this really a blueprint?
read-key-twice = the field "{ $key }" appears twice in the same object; Sightline cannot know which one is meant, so it reads neither. Keep one and delete the other
read-wide-encoding = the file is written in { $name }, and Sightline reads blueprints in UTF-8; open it in a text editor and save it again with the encoding UTF-8
read-binary = this is not a text file (it contains binary data: a zero byte here); a blueprint is a JSON text file ending in .blueprint.json
read-not-utf8 = the byte 0x{ $byte } here is not UTF-8 text. Sightline reads blueprints in UTF-8; open it in a text editor and save it again with the encoding UTF-8
read-not-utf8-latin1 = the byte 0x{ $byte } here is not UTF-8 text. The file seems to be in Latin-1 or Windows-1252, an older encoding for Western European text. Sightline reads blueprints in UTF-8; open it in a text editor and save it again with the encoding UTF-8
read-only-pain-severity = only a pain point has a severity, and this annotation has "kind": "{ $kind }"
read-only-mot-perspective = only a moment of truth has a perspective, and this annotation has "kind": "{ $kind }"
read-only-message-answers = only a message answers questions, and this annotation has "kind": "{ $kind }"

## The command line
new-title = New blueprint
cli-valid = { $file }: ok ({ $n } { $n ->
    [one] step
   *[other] steps
  })
cli-stats-lanes = lanes
cli-stats-phases = phases
cli-stats-columns = columns
cli-stats-steps = steps
cli-stats-flows = flows
cli-stats-pain-points = pain points
cli-stats-moments-of-truth = moments of truth
cli-stats-ideas = ideas
cli-stats-questions = questions
cli-stats-messages = messages
cli-stats-actors = actors
cli-would-reformat = { $file }: would be reformatted
cli-formatted = { $file }: formatted
cli-exists = { $file }: the file already exists; choose another name or add --force to replace it
cli-written = { $file }: written
cli-written-new = { $file }: written ({ $lanes } { $lanes ->
    [one] lane
   *[other] lanes
  }, { $steps } { $steps ->
    [one] step
   *[other] steps
  })
cli-pages-pdf-only = sightline export: --pages is for --format pdf only
cli-stdout-text-only = sightline export: -o - writes text formats (svg, csv, md) to standard output; give a file name for a PNG or PDF
cli-not-a-phase = “{ $text }” is not a phase number
cli-bad-scale = “{ $text }” is not a scale; write a number more than 0 such as 2, 2x or 300dpi
cli-no-such-file-or-command = sightline: “{ $name }” is neither a file nor a command (see `sightline --help`)
cli-no-window = sightline: the window could not be opened: { $reason }
diff-added = added
diff-removed = removed
diff-moved = moved
diff-retitled = retitled
diff-note = note
diff-lead-time = lead time
diff-value-added = value added
diff-tensions = tensions
diff-same = the same steps and annotations, at the same places
diff-move = { $title } ({ $from_lane }, column { $from } → { $to_lane }, column { $to })
export-err-phases = the phases go from 1 to { $count }; ask for a range such as 1..{ $count }
export-err-scale = the scale must be more than 0 (got { $scale })
export-err-empty = the picture would be empty
export-err-too-large = the picture would be { $width }×{ $height } pixels, more than 16,384 a side or 50 million in all; choose a smaller scale or fewer phases
export-err-too-large-fits = the picture would be { $width }×{ $height } pixels, more than 16,384 a side or 50 million in all; choose a smaller scale (at most { $fits }) or fewer phases
export-err-drawing = the drawing could not be read back: { $detail }
export-err-png = the PNG could not be made: { $detail }
export-err-pdf = the PDF could not be made: { $detail }
export-err-csv = the table could not be made: { $detail }
a11y-canvas = Blueprint canvas
a11y-field-view = Field view

## The command line's help and usage errors
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-error = error
cli-error-more = For more information, try '--help'.
cli-error-unknown-argument = the option or argument “{ $arg }” is not known here
cli-error-unknown-command = “{ $arg }” is not a command
cli-error-suggestion = did you mean “{ $suggestion }”?
cli-error-invalid-value = “{ $value }” is not a possible value for { $arg }; possible values: { $valid }
cli-error-bad-value = { $arg }: { $reason }
cli-error-missing = this is missing: { $args }
cli-error-conflict = { $arg } cannot be used together with { $other }
cli-error-too-many = { $arg } was given more than once, or with too many values
cli-error-other = the command is not right: { $detail }
cli-arg-file = A blueprint file to open in the editor (without it, a start screen offers the examples).
cli-arg-example = Open one of the built-in examples: omgevingsvergunning, archiefonderzoek, eerste-werkweek.
cli-arg-lang = The language: en or nl. Of everything Sightline says, of the words it adds to drawings and reports, and of the lane names of `new` (default: the system's).
cli-about-validate = Check blueprint files; prints every problem with its place. Exit 1 if any is invalid.
cli-about-stats = Count lanes, phases, steps, flows and annotations.
cli-arg-stats-json = Print one JSON object instead of a table.
cli-about-fmt = Rewrite files in the canonical form (stable order, two-space indent).
cli-arg-fmt-check = Only report files that would change (exit 1 if any would).
cli-about-new = Write a new blueprint with the five standard lanes.
cli-arg-new-title = The title (default: "New blueprint", or "Nieuwe blauwdruk" in Dutch).
cli-arg-new-template = The starting point: standard (the five standard lanes), internal (an internal process: the customer is a colleague) or interaction (questions, messages and actors).
cli-arg-new-force = Replace the file if it exists.
cli-about-generate = Write a large, realistic blueprint for benchmarks and stress tests.
cli-arg-generate-steps = Exactly this many steps.
cli-arg-generate-seed = Vary the result (the same seed and step count give the same file).
cli-arg-generate-force = Replace the file if it exists.
cli-about-report = The box score (lead time, effort, value-added ratio), the tensions between LEAN and the customer, and the workshop's findings, as Markdown (or one JSON object with --json).
cli-arg-report-max-messages = A column with more messages than this is information overload.
cli-about-export = Export for people without Sightline: an SVG, PNG or PDF drawing, a CSV table or a Markdown report.
cli-arg-export-output = Where to write the export; "-" writes a text format (svg, csv, md) to standard output.
cli-arg-export-phases = Only these phases, counted from 1: "2..3" (or "2" for one phase).
cli-arg-export-scale = PNG only: pixels per canvas unit: "2" (or "2x") for a sharp picture on a high-resolution screen, or a resolution such as "300dpi" (96 dpi is 1x). Without it, the picture is at least 2,000 pixels wide.
cli-arg-export-pages = PDF only: landscape pages of this paper size (a4 or a3); the drawing fills the page and is cut into pages between columns only where one page would make its text smaller than 6 pt (without it, the PDF is one page the size of the drawing).
cli-arg-export-interaction = Drawings: add the interaction band (questions and messages per column, with the checks).
cli-arg-export-emotion = Drawings: add the emotion curve above the customer lane.
cli-arg-export-notes = Drawings: the note texts (pain points, ideas, questions …) as sticky notes under their cards, as in the editor's notes view.
cli-about-diff = Compare two versions (as-is A, to-be B): steps added, removed, moved and retitled, annotations added and removed, and the change in lead time, value-added ratio and tensions. Steps match by id, then by title within a lane.
cli-arg-diff-json = Print one JSON object instead of words (its keys are listed in the README).
cli-about-schema = Print the JSON Schema of the file format.
cli-about = A desktop service-blueprint editor for public organisations. Without a command it opens the editor.
cli-arg-validate-files = The blueprint files to check.
cli-arg-stats-file = The blueprint file.
cli-arg-fmt-files = The blueprint files to rewrite.
cli-arg-new-file = Where to write the new blueprint.
cli-arg-generate-file = Where to write the blueprint.
cli-arg-report-file = The blueprint file.
cli-arg-report-json = Print one JSON object instead of Markdown (the same in both languages).
cli-arg-export-file = The blueprint file.
cli-arg-export-format = What to make: svg, png, pdf (drawings), csv (a table), md (a report) or actions (the actions as a table).
cli-arg-diff-a = The first version (as-is).
cli-arg-diff-b = The second version (to-be).
cli-arg-help = Show this help.
cli-arg-version = Show the version.
read-what-conflict = a conflict
read-word-conflict-kind = conflict kind
read-word-part = part
read-word-side = side
read-what-action = an action
read-word-action-status = action status
read-date = must be a date written YYYY-MM-DD (2027-03-31), but is "{ $found }"
read-no-link = there is no step, note or round with id { $id } for this action to answer; use the id of one of them
read-matrix-both = a place in the value/effort matrix needs both "value" and "effort"
read-matrix-range = must be a number from 0 to 1, but is { $found }
read-only-idea-matrix = only an idea has a place in the value/effort matrix, and this annotation has "kind": "{ $kind }"
read-what-round = a round
read-what-place = a place in a round
read-place-twice = the actor { $id } stands in this round twice; keep one place
read-what-inbox = an inbox entry
read-word-inbox-kind = kind of inbox entry
read-word-inbox-status = inbox status
cli-conflicts-left = { $file }: { $n } { $n ->
    [one] conflict
   *[other] conflicts
  } from a merge still to resolve (open the file in Sightline: View → Conflicts)
cli-merged = { $file }: merged
cli-merged-conflicts = { $file }: merged, with { $n } { $n ->
    [one] conflict
   *[other] conflicts
  } to resolve (open the file in Sightline: View → Conflicts)
cli-about-merge = Merge two versions of a blueprint by id, field by field, from their common ancestor (git's merge driver: %O %A %B). The result replaces OURS unless -o is given. What both sides changed differently is recorded as a conflict in the file (exit 1), never with text markers.
cli-arg-merge-base = The common ancestor (an empty file: none).
cli-arg-merge-ours = Our version; the result is written here unless -o is given.
cli-arg-merge-theirs = Their version.
cli-arg-merge-output = Where to write the result instead of OURS.
cli-arg-validate-strict = Count conflicts a merge left as an error (exit 1).
outline-phase = Phase “{ $name }” ({ $columns })
outline-no-phase = Before the first phase ({ $columns })
outline-column = column { $n }
outline-actors = Actors
outline-conflicts = Conflicts to resolve: { $n }
conflict-absent = nothing (deleted or not there)
conflict-present = present
part-blueprint = the blueprint
part-lane = lane
part-phase = phase
part-step = step
part-flow = flow
part-annotation = note
part-actor = actor
part-round = round
part-action = action
part-inbox_entry = inbox entry
cli-about-outline = The blueprint as readable text, one line per item in reading order (phase, lane, step, its notes and flows): for people, and for git's textconv so that git diff shows changes in words.
cli-arg-outline-file = The blueprint file.
cli-about-git-setup = In a git repository: merge blueprints with `sightline merge` and show their changes with `sightline outline` (adds a line to .gitattributes and sets the repository's merge.sightline and diff.sightline). Running it twice changes nothing.
cli-arg-git-setup-dir = A folder in the repository (default: the current folder).
git-missing = sightline git-setup: git is not installed (or not on the PATH); install git first
git-not-a-repository = sightline git-setup: { $dir } is not in a git repository
git-no-exe = sightline git-setup: the path of this Sightline could not be found, or holds a quote, backslash, $ or `; install Sightline in a plainer folder
git-driver-name = Sightline: merge blueprints by id
git-attributes-added = { $file }: added the line "*.blueprint.json merge=sightline diff=sightline"
git-config-set = set { $key } = { $value }
git-config-failed = sightline git-setup: git could not set { $key }
git-nothing-to-do = { $dir }: already set up; nothing changed
outline-columns = columns { $from }–{ $to }
conflict-gone = this conflict is already resolved
conflict-list = a list of { $n }
conflicts-title = Conflicts from a merge
conflicts-none = No conflicts left: the merge is resolved. Save the file and commit it.
conflicts-intro = { $n ->
    [one] One thing
   *[other] { $n } things
  } the merge could not decide. The blueprint holds one value now; choose what it should be.
conflicts-kind-both-changed = Both sides changed this differently.
conflicts-kind-changed-deleted = One side deleted this, the other changed it.
conflicts-kind-deleted-used = One side deleted this, but the other still uses it.
conflicts-kind-same-cell = Both sides put a step in the same cell; theirs moved to the next free cell.
conflicts-kind-same-phase-start = Both sides started a phase in the same column; theirs moved right.
conflicts-kind-rule = The merged version broke a rule of the file format.
conflicts-base = Before
conflicts-ours = Ours
conflicts-theirs = Theirs
conflicts-in-blueprint = in the blueprint now
conflicts-keep = Keep as it is
conflicts-keep-tip = The blueprint stays as it is now; the conflict is closed
conflicts-take-ours = Take ours
conflicts-take-theirs = Take theirs
conflicts-write = Write another value…
conflicts-own-value = Another value
conflicts-apply = Apply
conflicts-refused = That choice does not fit the blueprint: { $reason }
cmd-conflicts = Conflicts
cmd-conflicts-tip = What a merge could not decide: choose ours, theirs, or another value
field-title = title
field-name = name
field-description = description
field-channel = channel
field-column = column
field-lane = lane
field-start = start column
field-kind = kind
field-text = text
field-severity = severity
field-perspective = perspective
field-votes = votes
field-process-minutes = process minutes
field-wait-minutes = waiting minutes
field-customer-minutes = customer minutes
field-value = value class
field-waste-type = waste type
field-evidence = evidence
field-emotion = emotion
field-kano = Kano
field-actors = actors
field-from = start of the flow
field-to = end of the flow
field-label = label
field-two-way = two-way
field-on = place of the note
field-answers = answered questions
field-position = place in the field view
field-locked = locked layout
field-lanes = order of the lanes
cmd-history = History…
cmd-history-tip = The versions of this file in git: compare with one of them
history-title = History of { $name }
history-text = The commits that changed this file, newest first. Compare shows what changed since then.
history-compare = Compare
history-unsaved = History: save the blueprint in a git repository first
history-no-git = History: git is not installed (or not on the PATH), so Sightline cannot read the history
history-not-in-git = History: this file is not in a git repository, or not committed yet
history-failed = History: git could not read the history: { $reason }
history-unreadable = The version of { $date } cannot be opened: { $problems }
dlg-close = Close
import-too-big = the file is larger than { $max } MB; Sightline imports files up to that size
import-csv-text = this is not a text table: { $reason }
import-csv-row = this row cannot be read: { $reason }
import-xlsx = this Excel file cannot be read: { $reason }
import-xlsx-empty = this Excel file has no sheet with rows
import-row = row { $n }
import-table-empty = the table has no rows with steps
import-missing-column = there is no column for the { $field }; name a column one of: { $names }, or map a column to it (in Sightline: the list of columns; on the command line: --map COLUMN={ $id })
import-no-title = this row has no title; every step needs one
import-no-lane = this row has no lane; say in which lane the step happens
import-too-many-columns = the steps do not fit in 100,000 columns; import a smaller part of the process
import-note-without-step = row { $row }: the note “{ $text }” names no step of this table, so it was left out
import-note-kind = this note has no kind (pain_point, moment_of_truth, idea, question or message)
import-phase-same-start = the phase “{ $name }” starts in the same column as another phase, so it was left out
import-title = Imported blueprint
import-bad-word = “{ $text }” is not one of: { $choices }
import-bad-value = “{ $text }” is not a valid value here
import-xml-text = this is not an XML text file: { $reason }
import-not-bpmn = this is not a BPMN file: its root element is <{ $root }>, not <definitions>
import-no-tasks = this BPMN file has no tasks or named events to turn into steps
import-xml-dtd = the file declares a DTD (<!DOCTYPE …>); BPMN files need none, and Sightline does not read them, so no entity is expanded or fetched. Remove the DOCTYPE and import again
import-xml-too-big = the file holds more XML elements than Sightline imports (20 million)
import-xml = this is not well-formed XML: { $reason }
import-left-choreography = { $what } “{ $name }” (choreographies and conversations have no place in a blueprint)
import-process = Process
import-left-message = message flow “{ $name }”: one of its ends is a whole pool or is not connected to a step
import-left-note = text annotation “{ $text }”: it is attached to something that is not a step
import-left-inside = { $n } { $n ->
    [one] element
   *[other] elements
  } inside collapsed sub-processes (each sub-process is one step)
import-unnamed = (unnamed)
cli-about-import = Make a blueprint from a BPMN 2.0 process model, a CSV table or an Excel workbook (one row per step). Lane kinds are guessed and can be chosen with --lane and --customer; what cannot be placed is listed.
cli-arg-import-input = The file to import (.bpmn, .csv or .xlsx).
cli-arg-import-output = Where to write the new blueprint.
cli-arg-import-format = The kind of file (by default from its name): bpmn, csv or xlsx.
cli-arg-import-lane = The kind of a lane or pool, by name: --lane "KCC=frontstage" (evidence, customer, frontstage, backstage, support, custom).
cli-arg-import-customer = The pool or lane that is the customer.
cli-arg-import-map = A spreadsheet column for a field: --map "Activiteit=title".
cli-arg-import-json = Print one JSON object (lanes with their kinds, counts, what was left out) instead of words.
cli-arg-import-force = Replace the output file if it exists.
cli-imported = { $file }: written ({ $lanes } { $lanes ->
    [one] lane
   *[other] lanes
  }, { $steps } { $steps ->
    [one] step
   *[other] steps
  }, { $flows } { $flows ->
    [one] flow
   *[other] flows
  })
cli-imported-lane = lane “{ $name }”: { $kind }{ $guessed ->
    [yes] {" "}(guessed; choose with --lane "{ $name }=KIND")
   *[no] {""}
  }
cli-imported-left-out = left out:
cli-bad-lane-option = “{ $text }” is not NAME=KIND; KIND is one of evidence, customer, frontstage, backstage, support, custom
cli-bad-map-option = “{ $text }” is not COLUMN=FIELD
cli-unknown-format = { $file }: Sightline cannot tell what kind of file this is; add --format bpmn, csv or xlsx
msg-paste-choose-cell = Choose a cell first (click it, or move there with the arrow keys); the pasted lines become steps from there to the right
msg-pasted-lines = { $n ->
    [one] One line became a step
   *[other] { $n } lines became steps
  } (Ctrl+Z takes them back)
file-filter-import = Process model or spreadsheet
dlg-import-title = Import a process model or a spreadsheet
dlg-import = Import
import-preview-title = Import { $name }
import-preview-counts = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
  }, { $flows ->
    [one] 1 flow
   *[other] { $flows } flows
  }, { $notes ->
    [one] 1 note
   *[other] { $notes } notes
  }, { $actors ->
    [one] 1 actor
   *[other] { $actors } actors
  }
import-preview-lanes = Lanes (choose a kind where the guess is wrong)
import-preview-kind-of = Kind of the lane { $name }
import-preview-steps = { $n ->
    [one] 1 step
   *[other] { $n } steps
  }
import-preview-guessed = · guessed
import-preview-left-out = Left out
import-create = Create the blueprint
msg-imported = Imported as a new blueprint; save it to keep it
cmd-import = Import…
cmd-import-tip = Make a blueprint from a BPMN process model, a CSV table or an Excel workbook
example-omgevingsvergunning-summary = A municipality permit: the contact centre gets status questions while the case file is incomplete.
example-archiefonderzoek-summary = An archive answering research questions from abroad, between reading room and website.
example-eerste-werkweek-summary = An internal process: staff departments support a new colleague's first week.
cli-merged-open = { $file }: merged; { $open } { $open ->
    [one] conflict
   *[other] conflicts
  } from an earlier merge still to resolve
conflict-none = none
conflict-yes = yes
conflict-no = no
conflict-side-ours = ours
conflict-side-theirs = theirs
conflict-what-changed-deleted = { $deleted } deleted it, { $changed } changed it
conflict-what-deleted-used = { $deleted } deleted it, { $uses } still uses it
conflict-what-same-cell = both sides put a step in one cell; this one moved right, to { $now }
conflict-what-same-start = both sides started a phase in one column; this one moved right, to { $now }
conflict-values = ours { $ours }, theirs { $theirs }
conflict-kept = { $kept ->
    [ours] ours is kept
    [theirs] theirs is kept
   *[gone] it is left out
  }
outline-process = process { $m } min
outline-wait = waiting { $m } min
outline-customer = customer { $m } min
outline-emotion = emotion { $n }
outline-votes = { $n ->
    [one] 1 vote
   *[other] { $n } votes
  }
outline-actors-on = with { $names }
outline-no-title = (no title)
outline-answers = answers { $questions }
outline-locked = (layout locked)
cli-outline-unreadable = (this file cannot be read as a blueprint: { $reason }; its text follows as it is)
cli-arg-outline-textconv = For git (diff.sightline.textconv): a file that cannot be read is shown as it is, after a line saying why, instead of stopping git diff.
git-no-folder = sightline git-setup: the folder { $dir } does not exist
read-json-bad-word = this is not valid JSON: a word here is not true, false or null (text needs double quotes)
read-json-other = this is not valid JSON here
cli-error-missing-value = { $arg } needs a value
cli-stats-conflicts = conflicts to resolve
import-preview-columns = Columns (choose the field each column gives)
import-preview-column-of = Field of the column { $name }
import-field-none = (not used)
field-phase = phase
field-record = record
field-step-id = step
import-csv-quote = a quote (") opens on this line and is never closed, so the rest of the file would become one cell; close it, or remove it
import-xlsx-not = this is not an Excel workbook (.xlsx); save it as .xlsx, or import it as CSV (--format csv)
import-xlsx-wide = this sheet uses more than { $max } columns; a table of steps needs a few dozen
import-xlsx-big = this sheet has more than { $max } cells; import a smaller part
import-too-many-flows = joining the flows through the gateways gives more than { $max } flows; the model is too large or too tangled to import in one go
import-text-too-long = this text is longer than { $max } characters; Sightline keeps texts of up to that length
import-left-timer = timer “{ $name }”: its duration is not an ISO 8601 duration such as PT48H or P5D, so no waiting time was added
import-left-flow = sequence flow { $id }: one of its ends is not in this process
import-left-duplicate = the id { $id } appears more than once in the file; the second element got an id of its own
import-left-option = “{ $name }” names no lane or pool of this file
import-left-self-loop = a flow from “{ $name }” back to itself (a blueprint joins two different steps)
import-xml-too-complex = an element here has more than { $max } attributes, or the file declares more than { $max } namespaces; a BPMN file has a handful of each
cli-about-serve = Let workshop participants add notes and dot votes from their phone's browser, without a window: prints one line "participants: URL" and saves what arrives in the file's inbox (votes count at once) within a second. Stop with Ctrl+C.
cli-arg-serve-file = The blueprint participants see; their notes go into its inbox.
cli-arg-serve-host = The address to listen on (default: every network address of this machine; 127.0.0.1: this machine only).
cli-arg-serve-port = The port to listen on (0: any free port).
cli-arg-serve-votes = Dots each participant may give.
serve-no-port = Could not listen on { $address }: { $reason }. Check --host (an address of this machine; 0.0.0.0 for all of them) and --port (0 takes any free one).
serve-bad-host = "{ $host }" is not an address: give one such as 192.168.1.20, 127.0.0.1, localhost or 0.0.0.0 (every address of this machine)
serve-cannot-save = Cannot save what participants send into { $file }: the file or its folder cannot be written. Nothing was started; choose a file you may change.
serve-no-stdout = Cannot print the participants' address (standard output is closed or full); nothing was started.
serve-saved-elsewhere = The file could not be saved; what participants sent is kept in { $file }
serve-also = also reachable at { $url }
serve-running = Participants can join now; what they send is saved in { $file }. Stop with Ctrl+C.
serve-stopped = Stopped; the port is closed.
menu-workshop = Workshop
cmd-invite = Invite participants…
cmd-invite-tip = Participants join from their phone or laptop browser (a QR code, an address and a join code) and send notes and dot votes; nothing reaches the blueprint until you accept it
cmd-inbox = Inbox
cmd-inbox-tip = What participants sent: accept it where they put it, change it first, drag it to another cell, or dismiss it
tool-invite = Invite
tool-inbox = Inbox ({ $n })
msg-inviting = Participants can join at { $url }
msg-invite-failed = Could not start inviting: { $reason }
msg-invite-stopped = Stopped inviting; the port is closed.
invite-title = Invite participants
invite-qr-tip = Scan with a phone's camera to open the page
invite-scan = Scan the code with your phone's camera
invite-or-open = or open this address in a browser:
invite-code = Join code
invite-joined = { $n ->
    [0] No one has joined yet
    [one] One participant has joined
   *[other] { $n } participants have joined
}
invite-closed = Joining is closed
invite-close-joining = Close joining
invite-open-joining = Open joining again
invite-hide = Hide this window
invite-hide-tip = Participants keep sending; Invite participants in the Workshop menu shows the code again
invite-stop = Stop inviting
invite-stop-tip = Ends the session for everyone and closes the port; what arrived stays in the inbox
invite-address = Address shown:
invite-address-tip = Choose the address of the network the participants' phones are on (Wi-Fi, usually 192.168… or 10…).
invite-votes = Dots per participant:
invite-count-votes = Count votes as they come
invite-count-votes-tip = On: each vote adds a dot at once (undo takes it back). Off: votes wait in the inbox.
invite-people = { $n ->
    [one] One participant
   *[other] { $n } participants
}
invite-participant = Participant { $n }
invite-person = { $name }: { $notes } notes, { $votes } dots
invite-block = Block
invite-unblock = Let back in
inbox-title = Inbox
inbox-empty = Nothing has arrived yet. Participants' notes appear here, never straight in the blueprint.
inbox-waiting = { $n ->
    [0] Nothing waiting.
    [one] One note waiting.
   *[other] { $n } notes waiting.
}
inbox-more = … and { $n } more waiting: they show as these are handled.
inbox-accept-all = Accept all
inbox-accept-all-tip = Accept every waiting note where its sender put it (one undo step); those that do not fit stay
inbox-none-fits = None of the waiting notes can go where it was put: drag them onto a cell.
inbox-handled = Handled ({ $n })
inbox-accepted = Accepted
inbox-dismissed = Dismissed
inbox-kind-step = Proposed step
inbox-kind-pain_point = Pain point
inbox-kind-idea = Idea
inbox-kind-question = Question
inbox-kind-moment_of_truth = Moment of truth
inbox-kind-vote = Dot vote
inbox-gone = (no longer in the blueprint)
inbox-aimed-cell = { $lane } · { $phase }
inbox-aimed-on = on “{ $title }”
inbox-refused-handled = That note has already been handled.
inbox-refused-target = The step it was on is no longer there: drag the note onto a step.
inbox-refused-lane = The lane it was meant for is no longer there: drag it onto a cell.
inbox-refused-room = There is no free cell for it: drag it onto a free cell.
inbox-refused-empty = A note without text cannot be accepted: type a text or dismiss it.
inbox-anonymous = anonymous
inbox-severity-1 = minor
inbox-severity-2 = medium
inbox-severity-3 = severe
inbox-drag-tip = Drag onto a cell of the blueprint to accept it there
inbox-text-hint = The text as it will appear
inbox-accept = Accept
inbox-accept-tip = Adds it to the blueprint where the participant put it (Ctrl+Enter in the text)
inbox-dismiss = Dismiss
inbox-dismiss-tip = Leaves it out of the blueprint; the participant sees it was not taken
actions-owner-word = owner
actions-due-word = due
action-status-open = open
action-status-doing = doing
action-status-done = done
report-actions = Actions
actions-answers = Answers
answers-kind-step = step
answers-kind-round = round
answers-kind-pain_point = pain point
answers-kind-moment_of_truth = moment of truth
answers-kind-idea = idea
answers-kind-question = question
answers-kind-message = message
cmd-actions-panel = Actions
cmd-actions-panel-tip = What the workshop decided to do: owners, due dates, status, what each answers
cmd-add-action = Action from the selection
cmd-add-action-tip = A new action that answers the selected pain point, idea or steps
cmd-matrix = Value and effort
cmd-matrix-tip = The ideas and actions in four quadrants: quick wins, big bets, fill-ins, money pits
cmd-closing-list = Closing list
cmd-closing-list-tip = The actions over the canvas, large, to close the workshop with
actions-heading = Actions
actions-help = What the group decided to do, tied to what it answers.
actions-new = New action
actions-new-title = New action
actions-from-selection = From the selection
actions-select-first = Select a pain point, an idea or a step first: the action answers it.
actions-title-from = Do something about: { $text }
actions-filter-status = Status:
actions-filter-owner = Owner:
actions-all = all
actions-none = No actions yet. Select a pain point or an idea and press Ctrl+Shift+A.
actions-none-shown = No action matches the filters.
actions-title = Action
actions-owner = Owner
actions-no-owner = (nobody yet)
actions-owner-name = Or a name
actions-owner-name-hint = a team or a person
actions-due = Due
actions-due-invalid = write a date as 2027-03-31
actions-status = Status
actions-answers-nothing = Answers nothing yet: select a step or a note and link it.
actions-unlink = No longer answers this
actions-link-selection = Link the selection
actions-delete = Delete
matrix-title = Value and effort
matrix-help = Drag ideas and actions into the square: value up, effort to the right.
matrix-unplaced = Not placed yet
matrix-all-placed = Everything is placed.
matrix-quick_wins = Quick wins
matrix-big_bets = Big bets
matrix-fill_ins = Fill-ins
matrix-money_pits = Money pits
matrix-effort-axis = effort: little … much
matrix-value-axis = value: little … much
matrix-kind-action = Action
matrix-kind-idea = Idea
closing-title = What we will do
closing-empty = No actions yet.
a11y-matrix = The value and effort matrix
cmd-next-round = Next round
cmd-next-round-tip = The field view's next round: the tokens move to their new places
cmd-previous-round = Previous round
cmd-previous-round-tip = The field view's round before this one
rounds-name = Round { $n }
rounds-none = One set of places so far. Play the choreography in rounds to see how the field changes.
rounds-start = Play in rounds
rounds-start-tip = Makes the field as it is the first round; then add rounds, each starting from the last
rounds-previous = Previous round
rounds-next = Next round
rounds-feeling-from-to = { $name } from { $from } to { $to }
rounds-of = Round { $n } of { $total }
rounds-round-name = Name of the round
rounds-new = New round
rounds-new-tip = A new round after the last, starting from its places and feelings
rounds-compare = Side by side
rounds-compare-tip = Two rounds next to each other (the first and the last), with what moved and whose feeling changed
rounds-delete = Delete round
rounds-delete-tip = Deletes this round (undo brings it back)
rounds-note = What happens:
rounds-note-hint = the customer asks: how long must I wait?
rounds-feels = How does { $name } feel?
feeling-0 = very bad
feeling-1 = bad
feeling-2 = neutral
feeling-3 = good
feeling-4 = very good
rounds-quote = Says:
rounds-quote-hint = “my colleague is just a bit slow”
rounds-leave-out = Leave out of this round
rounds-not-in = { $name } is not in this round.
rounds-bring-in = Not in this round:
rounds-bring-in-tip = Bring in (where it stood last)
rounds-moved = Moved: { $list }
rounds-feeling-changed = Feeling changed: { $list }
rounds-came-in = Came in: { $list }
rounds-left = Left out: { $list }
rounds-no-change = Nothing changed between these rounds.
rounds-numbered = Round { $n }: { $name }
outline-rounds = Rounds
outline-round = Round { $n } “{ $name }”
outline-feeling = feeling { $f }
outline-not-in-round = not in this round: { $names }
rounds-choose-token = Click a token to say how that actor feels and what they say.
projector-field = { $title } — field view
projector-field-round = { $title } — field view: { $round }
