# Sightline interfacetekst, Nederlands. Elk bericht hier staat ook in en.ftl.

app-name = Sightline
app-tagline = Service blueprints voor werksessies en analyse

## Opdrachten: menutekst (cmd-ID) en tooltip (cmd-ID-tip)
cmd-new = Nieuw
cmd-new-tip = Begin een nieuwe blauwdruk met de vijf standaardbanen
cmd-open = Openen…
cmd-open-tip = Open een blauwdrukbestand
cmd-save = Opslaan
cmd-save-tip = Sla de blauwdruk op in zijn bestand
cmd-save-as = Opslaan als…
cmd-save-as-tip = Sla de blauwdruk op in een nieuw bestand
cmd-close = Sluiten
cmd-close-tip = Sluit de blauwdruk en ga terug naar het beginscherm
cmd-undo = Ongedaan maken
cmd-undo-tip = Maak de laatste wijziging ongedaan
cmd-redo = Opnieuw
cmd-redo-tip = Voer de laatst ongedane wijziging opnieuw uit
cmd-copy = Kopiëren
cmd-copy-tip = Kopieer de gekozen stappen, met hun stromen en notities
cmd-paste = Plakken
cmd-paste-tip = Plak stappen in de gekozen cel
cmd-duplicate = Dupliceren
cmd-duplicate-tip = Kopieer de gekozen stappen één kolom naar rechts
cmd-delete = Verwijderen
cmd-delete-tip = Verwijder de selectie (stappen nemen hun stromen en notities mee)
cmd-edit-title = Titel bewerken
cmd-edit-title-tip = Typ een nieuwe titel voor de gekozen stap (Enter werkt ook)
cmd-next-step = Volgende stap toevoegen
cmd-next-step-tip = Voeg rechts van de gekozen stap een stap toe en typ de titel
cmd-step-here = Stap hier toevoegen
cmd-step-here-tip = Voeg een stap toe in de gekozen lege cel en typ de titel
cmd-connect = Verbinden met…
cmd-connect-tip = Trek een stroom vanaf de gekozen stap met het toetsenbord: pijltjes naar de doelstap, Enter om te verbinden, Esc om te stoppen
cmd-flip-flow = Richting omdraaien
cmd-flip-flow-tip = Draai de gekozen stroom om
cmd-two-way = Tweerichting
cmd-two-way-tip = Laat de gekozen stroom twee kanten op gaan, of weer één kant
cmd-pain-point = Pijnpunt toevoegen
cmd-pain-point-tip = Voeg een pijnpunt toe aan de gekozen stap of stroom
cmd-moment-of-truth = Moment van de waarheid toevoegen
cmd-moment-of-truth-tip = Voeg een moment van de waarheid toe aan de gekozen stap of stroom
cmd-idea = Idee toevoegen
cmd-idea-tip = Voeg een idee toe aan de gekozen stap of stroom
cmd-question = Vraag toevoegen
cmd-question-tip = Voeg een vraag toe aan de gekozen stap of stroom
cmd-insert-column = Kolom invoegen
cmd-insert-column-tip = Voeg een lege kolom in bij de gekozen cel; latere stappen schuiven naar rechts
cmd-remove-column = Lege kolom verwijderen
cmd-remove-column-tip = Verwijder de gekozen kolom als die leeg is; latere stappen schuiven naar links
cmd-add-lane = Baan toevoegen
cmd-add-lane-tip = Voeg een eigen baan toe onder de gekozen baan
cmd-add-phase = Hier een fase beginnen
cmd-add-phase-tip = Begin een nieuwe fase bij de gekozen kolom
cmd-zoom-in = Inzoomen
cmd-zoom-in-tip = Inzoomen
cmd-zoom-out = Uitzoomen
cmd-zoom-out-tip = Uitzoomen
cmd-fit = Alles tonen
cmd-fit-tip = Toon de hele blauwdruk
cmd-zoom-selection = Inzoomen op selectie
cmd-zoom-selection-tip = Zoom in op de gekozen stappen
cmd-outline = Overzicht
cmd-outline-tip = Toon of verberg het overzicht van fasen, banen en stappen
cmd-inspector = Eigenschappen
cmd-inspector-tip = Toon of verberg het eigenschappenpaneel
cmd-lock = Indeling vergrendelen
cmd-lock-tip = Zet banen, fasen, kolommen en plaatsen van stappen vast; tekst, notities en stemmen blijven open
cmd-vote = Stippen stemmen
cmd-vote-tip = Klik op een stap of badge om een stem te geven, rechtsklik om er een terug te nemen; de ranglijst toont de uitslag
cmd-projector = Beamermodus
cmd-projector-tip = Volledig scherm, grote letters, hoog contrast, geen zijpanelen; Esc sluit af
cmd-next-phase = Volgende fase
cmd-next-phase-tip = Toon de volgende fase van de reis
cmd-previous-phase = Vorige fase
cmd-previous-phase-tip = Toon de vorige fase van de reis
cmd-bigger = Grotere weergave
cmd-bigger-tip = Maak menu's, panelen en hun tekst groter
cmd-smaller = Kleinere weergave
cmd-smaller-tip = Maak menu's, panelen en hun tekst kleiner
cmd-normal-size = Normale weergave
cmd-normal-size-tip = Menu's, panelen en tekst op normale grootte
cmd-shortcuts = Sneltoetsen
cmd-shortcuts-tip = Alle sneltoetsen

## Menu's en werkbalk
menu-file = Bestand
menu-edit = Bewerken
menu-insert = Invoegen
menu-view = Beeld
menu-help = Help
menu-theme = Thema
menu-language = Taal
menu-new-from-template = Nieuw vanuit sjabloon
menu-open-recent = Recent geopend
menu-open-example = Voorbeeld openen
menu-no-recent = Geen recente bestanden
theme-light = Licht
theme-dark = Donker
theme-high-contrast = Hoog contrast
template-standard = Standaardblauwdruk
template-internal = Intern proces (de klant is een collega)
tool-undo = Ongedaan maken
tool-redo = Opnieuw
tool-pain-point = Pijnpunt
tool-moment-of-truth = Moment van de waarheid
tool-idea = Idee
tool-question = Vraag
layout-locked = Indeling vergrendeld

## Beginscherm
start-new = Nieuwe blauwdruk
start-open = Een bestand openen…
start-examples = Een voorbeeld openen
start-recent = Recente bestanden

## Statusbalk en meldingen
status-customer-view = Klantperspectief
status-process-view = Procesperspectief
status-counts = { $steps ->
    [one] 1 stap
   *[other] { $steps } stappen
} · { $flows ->
    [one] 1 stroom
   *[other] { $flows } stromen
} · { $notes ->
    [one] 1 notitie
   *[other] { $notes } notities
}
status-legend = Legenda
error-title = Er ging iets mis
dismiss = Sluiten
no-example = Er is geen voorbeeld met de naam “{ $name }”.
msg-saved = { $path } opgeslagen.
msg-copied = { $count } stap(pen) gekopieerd.
msg-nothing-to-paste = Niets om te plakken: kopieer eerst stappen.
msg-paste-no-room = De gekopieerde stappen passen niet onder de gekozen baan.
msg-nothing-to-undo = Niets om ongedaan te maken.
msg-nothing-to-redo = Niets om opnieuw te doen.
msg-history-cleared = De geschiedenis past niet meer bij het document en is gewist: { $error }
msg-connect-from = Verbinden vanaf “{ $title }”: pijltjestoetsen naar de doelstap, Enter om te verbinden, Esc om te stoppen.
msg-connect-no-target = Niet verbonden: kies eerst met de pijltjestoetsen een andere stap.
msg-connect-cancelled = Verbinden gestopt.
err-cell-taken = die cel is al bezet door de stap “{ $title }” (baan “{ $lane }”, kolom { $column }); kies een vrije cel
err-lane-not-empty = de baan bevat nog { $n ->
    [one] één stap
   *[other] { $n } stappen
}; verplaats of verwijder die eerst
err-column-not-empty = kolom { $column } bevat nog stappen; verplaats of verwijder die eerst
err-phase-start-taken = er begint al een andere fase in kolom { $column }
err-column-too-large = dat ligt voorbij de laatste kolom ({ $max })
err-self-loop = een stroom kan niet van een stap naar zichzelf gaan
err-date = een einddatum schrijf je als JJJJ-MM-DD (2027-03-31) en is een dag van de kalender
err-matrix = alleen een idee (of een actie) heeft een plaats in de waarde/moeite-matrix
err-inbox-text = de tekst van een deelnemer is hoogstens { $max } tekens
err-severity = alleen een pijnpunt heeft een ernst, van 1 tot 3
err-perspective = alleen een moment van de waarheid heeft een perspectief
err-answers = alleen een bericht beantwoordt vragen
err-duplicate-actor = deze actor doet al mee aan de stap
err-invalid-number = dat getal valt buiten het bereik
err-internal = deze wijziging past niet bij de blauwdruk zoals die nu is
err-gone = waar deze wijziging over ging, is er niet meer (verwijderd of ongedaan gemaakt)
msg-not-done = Niet gedaan: { $error }.
msg-locked = De indeling is vergrendeld: ontgrendel haar (Beeld > Indeling vergrendelen, Ctrl+K) om structuur te verplaatsen of te verwijderen.
msg-locked-on = Indeling vergrendeld.
msg-locked-off = Indeling ontgrendeld.
msg-vote-mode = Stippen stemmen: klik op een stap of badge om te stemmen, rechtsklik om een stem terug te nemen.
msg-select-first = Kies eerst één stap of stroom.
msg-annotation-added = { $kind } toegevoegd: typ de tekst; Enter bewaart, Esc stopt.
msg-column-not-empty = Deze kolom bevat nog stappen; verplaats of verwijder die eerst.
msg-phase-taken = Bij deze kolom begint al een fase.
msg-no-phases = Deze blauwdruk heeft geen fasen.
msg-last-lane = Dit is de laatste baan; voeg eronder een baan toe om verder te gaan.
msg-edge = De stappen kunnen niet voorbij de rand van de blauwdruk.
msg-last-lane-move = De stappen kunnen niet voorbij de laatste baan.
msg-autosave-failed = Automatisch bewaren mislukt: { $error }
msg-restored = Hersteld. Sla het op om het te bewaren.
new-blueprint-title = Nieuwe blauwdruk
new-lane = Nieuwe baan
new-phase = Nieuwe fase

## Beamer
projector-phase = Fase { $n } van { $total }: { $name }
projector-whole = { $title } — hele blauwdruk
projector-leave = Beamermodus verlaten (Esc)
projector-whole-button = Hele blauwdruk

## Canvas
channel-website = website
channel-phone = telefoon
channel-counter = balie
channel-email = e-mail
channel-letter = brief
channel-app = app
channel-chat = chat
channel-in-person = persoonlijk
canvas-type-title = Typ een titel…
canvas-note-empty = (nog geen tekst)
canvas-type-note = Typ de notitie; Enter bewaart, Shift+Enter voor een nieuwe regel
canvas-note-text = { $kind } — tekst
canvas-step-title = Titel van de stap
line-interaction = Interactielijn
line-visibility = Zichtbaarheidslijn
line-internal = Lijn van interne interactie
kind-pain-point = Pijnpunt
kind-moment-of-truth = Moment van de waarheid
kind-idea = Idee
kind-question = Vraag
kind-message = Boodschap
perspective-customer = klant
perspective-organisation = organisatie
perspective-both = beide
legend-votes = stemmen (stippen)
legend-more = meer notities, vragen of actoren dan er plaats is
legend-pain-point = Pijnpunt (ernst 1–3)
legend-waste = Verspilling, met de letter uit DOWNTIME
legend-kano = K:b, K:p, K:d, K:i — Kano: basis, prestatie, verrassing, onverschillig
legend-minutes = “2 u + 10 min”: wachttijd, dan bewerkingstijd
legend-emotion = Het gevoel van de klant (−2 tot +2)
legend-tension = Spanning: verspilling die een klantbehoefte raakt
legend-unanswered = Vraag die geen boodschap beantwoordt
legend-late = Vraag die pas later beantwoord wordt
legend-unprompted = Boodschap zonder vraag
export-gap = { $n } lege kolommen
export-made = { $date } · { $steps ->
    [one] 1 stap
   *[other] { $steps } stappen
}
export-page = pagina { $page } van { $pages }
legend-mot = { $kind } ({ $perspective })

## Eigenschappen
insp-step = Stap
insp-flow = Stroom
insp-blueprint = Blauwdruk
insp-title = Titel
insp-description = Beschrijving
insp-channel = Kanaal
insp-label = Label
insp-where = Baan “{ $lane }”, kolom { $column }
insp-where-phase = Baan “{ $lane }”, kolom { $column } · fase “{ $phase }”
insp-from-to = Van “{ $from }”
    naar “{ $to }”
insp-delete-flow = Stroom verwijderen
insp-many = { $count } stappen gekozen
insp-many-help = Sleep er één om ze allemaal te verplaatsen; Delete verwijdert ze.
insp-annotations = Notities
insp-add = + { $kind }
insp-remove = Verwijderen
insp-what = Wat is het?
insp-text-of = Tekst van de notitie
insp-kind-of = Soort notitie
insp-severity = Ernst
insp-votes = Stemmen
insp-lanes = Banen
insp-phases = Fasen
insp-add-lane = + Baan toevoegen
insp-add-phase = + Fase toevoegen
insp-lane-name = Naam van baan { $n }
insp-lane-kind = Soort baan { $n }
insp-phase-name = Naam van fase { $n }
insp-phase-start = Eerste kolom van fase { $n }
insp-from-column = vanaf kolom
insp-up = Omhoog
insp-down = Omlaag
insp-move-up = Omhoog verplaatsen
insp-move-down = Omlaag verplaatsen
insp-remove-lane = Verwijder de baan
insp-remove-lane-steps = Verwijder de baan en haar { $count } stap(pen)
insp-remove-phase = Verwijder de fase (de stappen blijven)

## Overzicht
outline-filter = Filter
outline-filter-hint = woorden in titels en notities
outline-all = Alle stappen
outline-before = Vóór de eerste fase
outline-untitled = (zonder titel)

## Ranglijst
ranking-empty = Nog geen stemmen.
projector-voting = Stippen stemmen staat aan
projector-show-ranking = Rangorde tonen
projector-hide-ranking = Rangorde verbergen
ranking-title = Ranglijst
ranking-help = Pijnpunten en ideeën op aantal stemmen. Klik op een stap of badge om te stemmen; rechtsklik neemt een stem terug.
ranking-copy = Ranglijst kopiëren als tekst
ranking-step = Stap
ranking-line = { $n }. { $what } ({ $votes ->
    [one] 1 stem
   *[other] { $votes } stemmen
}): { $text }

## Dialogen
dlg-open-title = Een blauwdruk openen
dlg-save-title = De blauwdruk opslaan als
dlg-folder = Map
dlg-up = Omhoog
dlg-file-name = Bestandsnaam
dlg-open = Openen
dlg-save = Opslaan
dlg-cancel = Annuleren
dlg-system = Systeemvenster…
dlg-system-tip = Gebruik het bestandsvenster van je bureaublad
dlg-cannot-read-folder = Kan de map { $path } niet lezen: { $error }
unsaved-title = Wijzigingen opslaan?
unsaved-text = “{ $name }” heeft wijzigingen die niet zijn opgeslagen. Ze gaan verloren als je doorgaat zonder op te slaan.
unsaved-save = Opslaan
unsaved-discard = Weggooien
unsaved-cancel = Annuleren
recover-title = Niet-opgeslagen werk herstellen?
recover-text = Sightline stopte voordat dit werk was opgeslagen. Herstel het, of gooi het definitief weg.
recover-steps = { $steps ->
    [one] 1 stap
   *[other] { $steps } stappen
}, bewaard { $ago }
recover-unreadable = Een herstelkopie die niet te lezen is
recover-file = Bestand: { $path }
recover-no-file = Nog niet in een bestand opgeslagen
recover-older = Het bestand is opgeslagen nadat deze kopie werd gemaakt.
recover-restore = Herstel { $n }
recover-discard = Gooi weg { $n }
recover-later = Later beslissen
recover-later-tip = Bewaar de kopieën en vraag het de volgende keer opnieuw
ago-now = minder dan een minuut geleden
ago-minutes = { $n ->
    [one] 1 minuut geleden
   *[other] { $n } minuten geleden
}
ago-hours = { $n ->
    [one] 1 uur geleden
   *[other] { $n } uur geleden
}
ago-days = { $n ->
    [one] 1 dag geleden
   *[other] { $n } dagen geleden
}
disk-title = Het bestand is door iemand anders gewijzigd
disk-text = “{ $name }” is op schijf gewijzigd sinds je het opende (op een gedeelde schijf heeft een collega het misschien opgeslagen). Nu opslaan vervangt hun versie.
disk-overwrite = Overschrijven
disk-save-as = Opslaan als…
disk-reload = Hun versie laden
disk-reload-tip = Open de versie op schijf; jouw wijzigingen gaan verloren
disk-cancel = Annuleren

## Help
cmd-about = Wat is een service blueprint?
cmd-about-tip = De banen en de drie lijnen op één scherm, met een voorbeeld om te openen
about-title = Wat is een service blueprint?
about-intro = Een service blueprint laat één dienst zien, van links naar rechts in de tijd: wat de klant doet, wat de organisatie doet in het zicht van de klant en buiten zicht, en wat dat ondersteunt. Drie lijnen scheiden de banen. Stappen zijn plakbriefjes op het raster; stromen verbinden ze.
about-evidence = Wat de klant ziet of krijgt: een brief, een webpagina, een formulier.
about-customer = Wat de klant doet, stap voor stap (de klantreis).
about-line-interaction = Waar klant en organisatie elkaar raken: elke stroom over deze lijn is een contactmoment.
about-frontstage = Wat medewerkers doen in het zicht van de klant: de balie, de telefoon, de chat.
about-line-visibility = Daaronder ziet de klant niet meer wat er gebeurt.
about-backstage = Wat medewerkers buiten zicht doen: controleren, beslissen, collega's vragen.
about-line-internal = Daaronder de systemen en afdelingen die het werk ondersteunen.
about-support = Ondersteunende processen en systemen: het zaaksysteem, het archief, andere teams.
about-marks = Op de stappen: pijnpunten (rood, met ernst), momenten van de waarheid (ruiten), ideeën, vragen en boodschappen. LEAN-maten (minuten, waarde, verspilling) en het gevoel van de klant staan op de kaarten; de analyse vindt waar ze verschillende kanten op trekken.
about-example = Voorbeeld openen
canvas-empty-hint = Dubbelklik op een cel, of kies er een met de pijltjestoetsen en druk op Enter, om een stap toe te voegen. Enter maakt de volgende rechts ernaast, Tab gaat een baan omlaag.
key-move-left = Op het canvas: de cel links
key-move-right = Op het canvas: de cel rechts
key-move-up = Op het canvas: de baan erboven
key-move-down = Op het canvas: de baan eronder
key-deselect = Op het canvas: niets meer kiezen (of stoppen met verbinden)
key-lane-below = Op het canvas: de stap een baan lager (nieuw waar de cel leeg is)
key-title-next = Een titel typen: bewaren (op een nieuwe stap: verder naar rechts)
key-title-down = Een titel typen: bewaren en een baan omlaag
key-stop-typing = Een titel typen: stoppen
key-keep-note = Een notitie typen: bewaren
key-note-new-line = Een notitie typen: een nieuwe regel
key-leave-note = Een notitie typen: stoppen (een lege nieuwe notitie verdwijnt)
help-title = Sneltoetsen
help-close = Sluiten
key-name-left = Pijl links
key-name-right = Pijl rechts
key-name-up = Pijl omhoog
key-name-down = Pijl omlaag
key-name-escape = Esc
key-name-insert = Insert
key-name-delete = Delete
key-name-backspace = Backspace
key-name-page-up = Page Up
key-name-page-down = Page Down
help-or = of
help-typing-right = Tijdens het typen van een titel: volgende stap rechts
help-typing-down = Tijdens het typen van een titel: volgende stap één baan lager
help-stop-typing = Stoppen met typen
help-note = Tijdens het typen van een notitie: bewaren, of een nieuwe regel
help-note-keys = Enter, Shift+Enter
help-connect = Na L op een stap: doel kiezen, verbinden, stoppen
help-connect-keys = Pijltjestoetsen, Enter, Esc
help-arrows = De selectie tussen cellen verplaatsen
help-arrows-keys = Pijltjestoetsen
help-select = Meer stappen kiezen
help-select-keys = Shift+klik, Ctrl+klik, Shift+slepen
help-pan = Verschuiven
help-pan-keys = Achtergrond slepen, middelste muisknop, scrollen
help-zoom = Zoomen
help-zoom-keys = Ctrl+scrollen, knijpen
help-new-step = Nieuwe stap
help-new-step-keys = Dubbelklik op een lege cel
help-new-flow = Nieuwe stroom
help-new-flow-keys = Sleep van het ronde handvat van een stap naar een andere stap

## Kenmerken (klantreis en LEAN)
measure-heading = Tijd, waarde en gevoel
measure-none = —
measure-process = Bewerkingsminuten
measure-wait = Wachtminuten (vooraf)
measure-customer = Minuten van de klant
measure-value = Waarde
measure-waste-type = Soort verspilling
measure-evidence = Zekerheid
measure-kano = Kano
measure-emotion = Gevoel
measure-value-adding = waardetoevoegend
measure-necessary = noodzakelijk
measure-waste = verspilling
measure-defects = fouten
measure-overproduction = overproductie
measure-waiting = wachten
measure-non-utilised-talent = onbenut talent
measure-transport = transport
measure-inventory = voorraad
measure-motion = beweging
measure-extra-processing = overbewerking
measure-observed = waargenomen
measure-assumed = aangenomen
measure-proposed = voorgesteld
measure-basic = basis
measure-performance = prestatie
measure-delighter = verrassing
measure-indifferent = onverschillig

## Analysis
cmd-analysis = Analyse
cmd-analysis-tip = De box score en de spanningen tussen LEAN en de klant
cmd-customer-view = Klantblik
cmd-customer-view-tip = Zet de klantreis voorop (gevoel, momenten van de waarheid, vragen, Kano); nog eens drukken voor beide
cmd-process-view = Procesblik
cmd-process-view-tip = Zet het proces voorop (minuten, waardeklasse, verspilling); nog eens drukken voor beide
analysis-title = Analyse
analysis-lead-time = Doorlooptijd (kritiek pad)
analysis-process = Bewerkingstijd (alle stappen)
analysis-customer = Eigen tijd van de klant
analysis-ratio = Aandeel waardetoevoegend
analysis-critical-path = Kritiek pad
analysis-rework = Herstellussen (niet in de doorlooptijd)
analysis-tensions = Spanningen tussen LEAN en de klant
analysis-no-tensions = Geen spanningen: geen verspillingsstap raakt een klantbehoefte.
analysis-no-minutes = Geef stappen bewerkings- en wachtminuten (in het eigenschappenpaneel) om de doorlooptijd te zien.
analysis-assumed = Stappen die nog aangenomen zijn: { $count }
cmd-notes-view = Notitieweergave
cmd-notes-view-tip = Toon of verberg de notities van elke stap als plakbriefjes onder de kaart
cmd-emotion-curve = Gevoelscurve
cmd-emotion-curve-tip = Toon of verberg het gevoel van de klant als curve boven de klantbaan

## Export
cmd-export = Exporteren…
cmd-export-tip = Een tekening (SVG, PNG, PDF), een tabel (CSV) of een rapport (Markdown) voor wie Sightline niet heeft
dlg-export-title = De blauwdruk exporteren als
export-heading = Exporteren
export-format = Formaat
export-kind-svg = SVG-tekening: vector, tekst blijft tekst (rapporten, intranet)
export-kind-png = PNG-afbeelding (dia's, e-mail)
export-kind-pdf = PDF (afdrukken, delen)
export-kind-csv = CSV-tabel: één rij per stap en per notitie (spreadsheets)
export-kind-md = Markdown-rapport: stappen per fase, pijnpunten, momenten van de waarheid, analyse
export-kind-actions = CSV van de acties: eigenaar, einddatum, status, waar elke actie op antwoordt (spreadsheets, planning)
export-range = Fasen
export-all-phases = Alle
export-some-phases = Enkele
export-from = van
export-to = tot en met
export-scale = Schaal
export-pages = Pagina's
export-one-page = Eén pagina
export-a4 = A4-pagina's (liggend)
export-a3 = A3-pagina's (liggend)
export-go = Exporteren…
export-open = Openen
export-reveal = Tonen in map
msg-exporting = Bezig met exporteren naar { $path }…
msg-exported = Geëxporteerd naar { $path }.
msg-export-failed = Exporteren naar { $path } is niet gelukt: { $reason }
msg-export-stopped = Het exporteren stopte onverwacht; er is niets geschreven. Probeer het opnieuw, of kies een ander formaat.
msg-open-failed = Het bestand kon niet worden geopend: { $reason }

## Interaction blueprint, actors, field view, comparison
cmd-message = Boodschap toevoegen
cmd-message-tip = Een boodschap toevoegen: wat de organisatie de klant op dit moment vertelt (die kan vragen beantwoorden)
cmd-interaction-view = Interactieweergave
cmd-interaction-view-tip = De vragen van de klant en de boodschappen van de organisatie per kolom, met de controles
cmd-actors = Actoren
cmd-actors-tip = De mensen, teams, systemen en informatieobjecten die aan de stappen meedoen
cmd-field-view = Veldweergave
cmd-field-view-tip = De actoren op een open vlak, verbonden door de stromen tussen hun stappen: wie van wie afhangt
cmd-compare = Vergelijken met…
cmd-compare-tip = Vergelijken met een andere versie (huidige situatie of een ander voorstel): toegevoegde, verwijderde en verplaatste stappen in kleur
tool-message = Boodschap
template-interaction = Interactieblauwdruk (vragen, boodschappen, actoren)
band-questions = Vragen
band-messages = Boodschappen
insp-actors = Actoren
insp-answers = Beantwoordt deze vragen
insp-no-questions = Er zijn nog geen vragen; voeg er een toe aan een klantstap.
insp-empty-question = (vraag zonder tekst)
actors-heading = Actoren
actors-help = Kies een actor om zijn stappen te laten oplichten; de rest wordt gedimd.
actors-add = + Actor toevoegen
actors-new-name = Nieuwe actor
actors-highlight = Laten oplichten ({ $count ->
    [one] 1 stap
   *[other] { $count } stappen
})
actors-highlight-tip = Elke stap waaraan deze actor meedoet laten oplichten
actors-name = Naam van de actor
actors-kind = Soort actor
actor-kind-person = persoon
actor-kind-team = team
actor-kind-organisation = organisatie
actor-kind-system = systeem
actor-kind-information = informatie
actor-steps = { $count ->
    [one] 1 stap
   *[other] { $count } stappen
}
field-help = Sleep een actor om hem te plaatsen; klik erop om zijn stappen te laten oplichten. Pijlen: een stroom van een stap van de ene actor naar een stap van de andere.
field-empty = Nog geen actoren: voeg ze toe in het paneel Actoren (Ctrl+G) en vink ze aan bij de stappen.
dlg-compare-title = Vergelijken met een andere versie
dlg-compare = Vergelijken
msg-comparing = Vergeleken met { $name }: deze versie is de nieuwe.
compare-heading = Vergelijking
compare-with = Vergeleken met { $name } (de oudere versie)
compare-added = { $count ->
    [one] 1 stap toegevoegd
   *[other] { $count } stappen toegevoegd
}
compare-removed = { $count ->
    [one] 1 stap verwijderd
   *[other] { $count } stappen verwijderd
}
compare-moved = { $count ->
    [one] 1 stap verplaatst
   *[other] { $count } stappen verplaatst
}
compare-retitled = { $count ->
    [one] 1 stap hernoemd
   *[other] { $count } stappen hernoemd
}
compare-notes = Notities: { $added } toegevoegd, { $removed } verwijderd
compare-lead-time = Doorlooptijd: { $before } -> { $after } min
compare-value = Toegevoegde waarde: { $before } % -> { $after } %
compare-tensions = Spanningen: { $before } -> { $after }
compare-close = Vergelijking sluiten
analysis-interaction = Vragen en boodschappen
analysis-unanswered = Onbeantwoord (kolom { $column }): { $text }
analysis-answered-late = Te laat beantwoord (kolom { $column }): { $text }
analysis-unprompted = Boodschap zonder vraag (kolom { $column }): { $text }
analysis-overload = Overbelasting: { $count } boodschappen in kolom { $column }
analysis-max-messages = Hoogstens zoveel boodschappen per kolom
analysis-channels = { $phase }: vragen { $questions }; boodschappen { $messages }
lane-kind-evidence = fysiek bewijs
lane-kind-customer = klant
lane-kind-frontstage = frontstage
lane-kind-backstage = backstage
lane-kind-support = ondersteuning
lane-kind-custom = overig
export-interaction = Met de interactieband (vragen en boodschappen)

## Het rapport (sightline report, en de analyse in de Markdown-export)
report-box-score = Box score
report-measure = maat
report-value = waarde
report-lead-time = doorlooptijd (kritiek pad)
report-process = bewerkingstijd (alle stappen)
report-customer = eigen tijd van de klant
report-ratio = aandeel waardetoevoegend
report-no-minutes = Er zijn nog geen minuten vastgelegd: geef de stappen hun bewerkings- en wachtminuten om de doorlooptijd, de bewerkingstijd en het aandeel waardetoevoegend te zien.
report-minutes = { $minutes } min
report-minutes-hours = { $minutes } min ({ $hours } uur)
report-minutes-days = { $minutes } min ({ $days } { $count ->
    [one] dag
   *[other] dagen
})
report-critical-path = Kritiek pad: { $path }
report-rework = Herstellussen (niet in de doorlooptijd):
report-tensions = Spanningen tussen LEAN en de klant
report-no-tensions = Geen gevonden: geen verspillingsstap raakt een klantbehoefte.
report-pain-by-phase = Pijnpunten per fase
report-pain-by-lane = Pijnpunten per baan
report-no-pain = Geen pijnpunten.
report-pain-severity = { $where }: { $n ->
    [one] 1 pijnpunt
   *[other] { $n } pijnpunten
}, ernst { $severity }
report-pain-no-severity = { $where }: { $n ->
    [one] 1 pijnpunt
   *[other] { $n } pijnpunten
}, zonder ernst
report-pain-mixed = { $where }: { $n ->
    [one] 1 pijnpunt
   *[other] { $n } pijnpunten
} ({ $parts })
report-severity-part = { $n } met ernst { $severity }
report-severity-unset-part = { $n } zonder ernst
report-no-phase = Vóór de eerste fase
report-no-lane = Bij geen stap
report-no-channel = geen kanaal
report-without-channel = { $n } zonder kanaal
report-moments = Momenten van de waarheid
report-no-moments = Geen momenten van de waarheid.
report-mot-customer = Voor de klant
report-mot-organisation = Voor de organisatie
report-mot-both = Voor de klant en de organisatie
report-mot-unset = Perspectief niet opgegeven
report-mot-line = { $who }: { $n ->
    [one] 1 moment van de waarheid
   *[other] { $n } momenten van de waarheid
}
report-votes = Stemmen
report-vote-line = { $rank }. { $kind }, { $n ->
    [one] 1 stem
   *[other] { $n } stemmen
}: { $text }
report-channels = Kanalen
report-channel-line = { $channel }: { $n ->
    [one] 1 stap
   *[other] { $n } stappen
}
report-interaction = Vragen en boodschappen
report-all-answered = Elke vraag wordt op tijd beantwoord.
report-answered-late = Te laat beantwoord (kolom { $column } → { $answered }): { $text }
report-unanswered = Onbeantwoord (kolom { $column }): { $text }
report-overload = Overbelasting: kolom { $column } brengt { $n ->
    [one] 1 boodschap
   *[other] { $n } boodschappen
} (meer dan { $max })
report-overload-in-phase = Overbelasting: kolom { $column } ({ $phase }) brengt { $n ->
    [one] 1 boodschap
   *[other] { $n } boodschappen
} (meer dan { $max })
report-unprompted = Boodschap zonder vraag (kolom { $column }): { $text }
report-column-phase = fase
report-column-questions = vragen per kanaal
report-column-messages = boodschappen per kanaal
report-assumed = Stappen die nog aangenomen zijn
tension-reason = Het weghalen van ‘{ $waste }’ raakt { $needs }
tension-need-moment = een moment van de waarheid voor de klant: ‘{ $text }’
tension-need-question = een vraag die de klant heeft: ‘{ $text }’
tension-need-basic = een basisverwachting (Kano)
tension-need-emotion = een klant die zich hier slecht voelt (gevoel { $emotion })
tension-and = { $first } en { $second }

## The Markdown export
md-before-first-phase = (voor de eerste fase)
md-votes = { $n ->
    [one] 1 stem
   *[other] { $n } stemmen
}
md-severity = ernst { $n }
md-no-severity = geen ernst
md-no-perspective = perspectief niet gekozen
md-pain-points = Pijnpunten
md-moments-of-truth = Momenten van de waarheid

## Files that cannot be read or saved (in the window)
file-read = { $path }: kan het bestand niet lezen: { $reason }
file-write = { $path }: kan het bestand niet bewaren: { $reason }
file-write-kept = { $path }: kan het bestand niet bewaren: { $reason } (de vorige versie is ongewijzigd)
file-not-a-file = { $path }: dit is { $what }, geen bestand; geef het pad van een bestand
file-no-folder = { $path }: kan het bestand niet bewaren: de map { $folder } bestaat niet; maak die eerst, of kies een andere map
file-read-only = { $path }: het bestand is alleen-lezen, dus Sightline laat het zoals het is; bewaar onder een andere naam, of maak het bestand eerst schrijfbaar
file-same-as-input = { $path }: dit is het bestand dat gelezen wordt ({ $input }); daarheen schrijven zou het vervangen. Er is niets geschreven: kies een ander bestand om naar te schrijven
file-invalid = { $path } kan niet worden geopend:
    { $problems }
file-would-not-load = { $path }: niet bewaard, omdat het bestand daarna niet meer te openen zou zijn (de vorige versie is ongewijzigd): { $problems }
io-not-found = dat bestand of die map bestaat niet
io-permission = geen toestemming (vraag om schrijfrechten, of kies een andere map)
io-full = de schijf is vol; maak ruimte en probeer opnieuw
io-read-only-disk = de schijf of share is alleen-lezen
io-other = het systeem meldt: { $system }
io-folder = dit is een map, geen bestand
io-too-large = het bestand is te groot voor deze schijf
io-invalid-data = de gegevens konden niet worden gelezen
not-file-folder = een map
not-file-pipe = een pijp (FIFO)
not-file-device = een apparaat
not-file-socket = een socket
not-file-other = geen gewoon bestand
file-filter-blueprint = Sightline-blauwdruk

## Problems inside a blueprint file (window and command line). Keys in quotes are the file's own
## field names and stay as they are.
read-too-big = het bestand is { $size } MB; Sightline opent blauwdrukken tot { $max } MB. Is dit echt een blauwdruk?
read-empty = het bestand is leeg; een blauwdrukbestand bevat JSON-tekst
read-at-line = regel { $line }, kolom { $column }
read-cut-off = het bestand houdt te vroeg op; het is misschien afgebroken tijdens het bewaren of kopiëren
read-trailing = na het einde van de blauwdruk staat nog meer tekst; haal die weg, of zet het bestand terug uit een back-up
read-json-too-deep = de gegevens zijn te diep genest voor een blauwdruk
read-not-json = dit is geen geldige JSON ({ $detail })
read-json-expected-value = dit is geen geldige JSON: hier hoort een waarde te staan (tekst tussen aanhalingstekens, een getal, true, false, null, een lijst of een object)
read-json-expected-comma-object = dit is geen geldige JSON: hier ontbreekt een komma of een sluitaccolade {"}"}
read-json-expected-comma-list = dit is geen geldige JSON: hier ontbreekt een komma of een sluitende rechte haak ]
read-json-expected-colon = dit is geen geldige JSON: hier ontbreekt een dubbele punt : tussen de naam van een veld en de waarde
read-json-key-string = dit is geen geldige JSON: de naam van een veld moet tekst tussen dubbele aanhalingstekens zijn
read-json-bad-escape = dit is geen geldige JSON: een backslash \ in een tekst begint een escape die niet bestaat; schrijf \\ voor een backslash
read-json-control = dit is geen geldige JSON: een tekst bevat een stuurteken (een tab of regelovergang tussen de aanhalingstekens); schrijf \t of \n
read-json-bad-number = dit is geen geldige JSON: dit getal is niet geschreven zoals JSON getallen schrijft
read-json-trailing-comma = dit is geen geldige JSON: er staat een komma vlak voor een sluitende haak of accolade; haal die weg
read-json-bad-unicode = dit is geen geldige JSON: een \u-escape hier is geen geldig teken
read-not-blueprint = dit is geen Sightline-blauwdruk: het bestand hoort een blauwdruk te zijn (een object tussen accolades {"{"} {"}"}), maar is { $found }
read-more = en nog { $n } { $n ->
    [one] probleem
   *[other] problemen
  } die hier niet staan; los deze eerst op en controleer het bestand dan opnieuw
read-no-format = dit is geen Sightline-blauwdruk: het veld "format" ontbreekt (het hoort "{ $format }" te zijn)
read-wrong-format = dit is geen Sightline-blauwdruk: "format" is "{ $found }", niet "{ $format }"
read-bad-version = de formaatversie moet een geheel getal zijn, 1 of meer, maar is { $found }
read-newer = dit bestand is geschreven door een nieuwere Sightline (formaatversie { $found }); deze versie leest formaatversie { $version }. Werk Sightline bij om het te openen.
read-id-twice = de id { $id } wordt al gebruikt door { $first }; elke id moet uniek zijn
read-place-blueprint = de blauwdruk zelf
read-place-other = een ander onderdeel
read-phase-start-twice = begint in kolom { $column }, net als de fase “{ $other }”; elke fase heeft een eigen beginkolom nodig
read-no-target = er is geen stap of stroom met id { $id } om deze notitie aan te hangen
read-answers-not-question = een boodschap beantwoordt vragen, maar { $id } (“{ $text }”) heeft "kind": "{ $kind }"; noem alleen notities van soort "question"
read-no-question = er is geen vraag met id { $id }; een boodschap beantwoordt vragen die onder "annotations" staan
read-no-lane = de stap “{ $title }” noemt baan { $id }, maar er is geen baan met die id; gebruik de id van een van de banen onder "lanes"
read-cell-taken = de stap “{ $title }” staat in hetzelfde vak als { $place } “{ $other }” (baan “{ $lane }”, kolom { $column }); een vak houdt één stap, dus zet een van beide in een vrije kolom
read-actor-twice = de actor { $id } staat er twee keer; noem elke actor één keer
read-no-actor = er is geen actor met id { $id }; gebruik de id van een van de actoren onder "actors"
read-no-step = er is geen stap met id { $id }; een stroom verbindt twee stappen die onder "steps" staan
read-self-flow = de stroom gaat van “{ $title }” naar zichzelf; een stroom verbindt twee verschillende stappen
read-waste-type-alone = een soort verspilling hoort alleen bij "value": "waste"
read-type-null = leeg (null)
read-type-bool = waar/onwaar
read-type-number = een getal
read-type-text = tekst
read-type-list = een lijst
read-type-object = een object
read-what-lane = een baan
read-what-actor = een actor
read-what-phase = een fase
read-what-step = een stap
read-what-flow = een stroom
read-what-annotation = een notitie
read-what-position = een positie met "x" en "y"
read-should-be-object = hoort { $what } te zijn (een object tussen accolades {"{"} {"}"}), maar is { $found }
read-missing = het veld "{ $key }" ontbreekt
read-text-too-long = deze tekst is { $n } tekens lang; Sightline bewaart teksten tot { $max } tekens, in elk veld. Maak hem korter, of controleer of dit het goede bestand is
read-should-be-text = hoort tekst tussen aanhalingstekens te zijn, maar is { $found }
read-bad-id = "{ $text }" is geen geldige id; ids zijn uuids zoals "0e83cbea-5efa-59db-bf3d-4499d63dfdce"
read-whole = moet een geheel getal van { $min } tot en met { $max } zijn, maar is { $found }
read-not-whole = moet een geheel getal van { $min } tot en met { $max } zijn, maar is { $found } (geen geheel getal)
read-minutes-range = moet een aantal minuten van 0 tot en met { $max } zijn, maar is { $found }
read-minutes-type = moet een aantal minuten zijn, maar is { $found }
read-bool = moet true of false zijn, maar is { $found }
read-unknown-word = "{ $text }" is geen bekende { $what }; gebruik een van: { $choices }
read-word-lane-kind = baansoort
read-word-actor-kind = soort actor
read-word-value = waardeklasse
read-word-waste = soort verspilling
read-word-evidence = zekerheid
read-word-kano = Kano-klasse
read-word-annotation-kind = soort notitie
read-word-perspective = perspectief
read-coordinate-range = moet een getal van -{ $limit } tot en met { $limit } zijn, maar is { $found }
read-coordinate-type = moet een getal zijn, maar is { $found }
read-list-too-long = deze lijst heeft { $n } items; Sightline leest lijsten tot { $max } items. Is dit echt een blauwdruk?
read-should-be-list = hoort een lijst tussen rechte haken [ ] te zijn, maar is { $found }
read-near-line = { $message } (bij regel { $line })
read-too-deep = de gegevens zijn meer dan { $max } niveaus diep genest; een blauwdruk heeft er minder dan tien nodig. Is dit echt een blauwdruk?
read-too-many-list = deze lijst heeft meer dan { $max } items; Sightline leest lijsten en objecten tot { $max } items, in elk veld. Is dit echt een blauwdruk?
read-too-many-object = dit object heeft meer dan { $max } items; Sightline leest lijsten en objecten tot { $max } items, in elk veld. Is dit echt een blauwdruk?
read-key-twice = het veld "{ $key }" staat twee keer in hetzelfde object; Sightline kan niet weten welke bedoeld is, dus leest geen van beide. Houd er één en verwijder de andere
read-wide-encoding = het bestand is geschreven in { $name }, en Sightline leest blauwdrukken in UTF-8; open het in een teksteditor en bewaar het opnieuw met de codering UTF-8
read-binary = dit is geen tekstbestand (het bevat binaire gegevens: hier een nulbyte); een blauwdruk is een JSON-tekstbestand dat eindigt op .blueprint.json
read-not-utf8 = de byte 0x{ $byte } hier is geen UTF-8-tekst. Sightline leest blauwdrukken in UTF-8; open het in een teksteditor en bewaar het opnieuw met de codering UTF-8
read-not-utf8-latin1 = de byte 0x{ $byte } hier is geen UTF-8-tekst. Het bestand lijkt in Latin-1 of Windows-1252 te staan, een oudere codering voor West-Europese tekst. Sightline leest blauwdrukken in UTF-8; open het in een teksteditor en bewaar het opnieuw met de codering UTF-8
read-only-pain-severity = alleen een pijnpunt heeft een ernst, en deze notitie heeft "kind": "{ $kind }"
read-only-mot-perspective = alleen een moment van de waarheid heeft een perspectief, en deze notitie heeft "kind": "{ $kind }"
read-only-message-answers = alleen een boodschap beantwoordt vragen, en deze notitie heeft "kind": "{ $kind }"

## The command line
new-title = Nieuwe blauwdruk
cli-valid = { $file }: in orde ({ $n } { $n ->
    [one] stap
   *[other] stappen
  })
cli-stats-lanes = banen
cli-stats-phases = fasen
cli-stats-columns = kolommen
cli-stats-steps = stappen
cli-stats-flows = stromen
cli-stats-pain-points = pijnpunten
cli-stats-moments-of-truth = momenten van de waarheid
cli-stats-ideas = ideeën
cli-stats-questions = vragen
cli-stats-messages = boodschappen
cli-stats-actors = actoren
cli-would-reformat = { $file }: zou anders worden opgemaakt
cli-formatted = { $file }: opgemaakt
cli-exists = { $file }: het bestand bestaat al; kies een andere naam of voeg --force toe om het te vervangen
cli-written = { $file }: geschreven
cli-written-new = { $file }: geschreven ({ $lanes } { $lanes ->
    [one] baan
   *[other] banen
  }, { $steps } { $steps ->
    [one] stap
   *[other] stappen
  })
cli-pages-pdf-only = sightline export: --pages is alleen voor --format pdf
cli-stdout-text-only = sightline export: -o - schrijft tekstformaten (svg, csv, md) naar standaarduitvoer; geef een bestandsnaam voor een PNG of PDF
cli-not-a-phase = “{ $text }” is geen fasenummer
cli-bad-scale = “{ $text }” is geen schaal; schrijf een getal groter dan 0, zoals 2, 2x of 300dpi
cli-no-such-file-or-command = sightline: “{ $name }” is geen bestand en geen opdracht (zie `sightline --help`)
cli-no-window = sightline: het venster kon niet worden geopend: { $reason }
diff-added = toegevoegd
diff-removed = verwijderd
diff-moved = verplaatst
diff-retitled = hernoemd
diff-note = notitie
diff-lead-time = doorlooptijd
diff-value-added = waardetoevoegend
diff-tensions = spanningen
diff-same = dezelfde stappen en notities, op dezelfde plaatsen
diff-move = { $title } ({ $from_lane }, kolom { $from } → { $to_lane }, kolom { $to })
export-err-phases = de fasen lopen van 1 tot en met { $count }; vraag om een reeks zoals 1..{ $count }
export-err-scale = de schaal moet groter dan 0 zijn (niet { $scale })
export-err-empty = de afbeelding zou leeg zijn
export-err-too-large = de afbeelding zou { $width }×{ $height } pixels worden, meer dan 16.384 per zijde of 50 miljoen in totaal; kies een kleinere schaal of minder fasen
export-err-too-large-fits = de afbeelding zou { $width }×{ $height } pixels worden, meer dan 16.384 per zijde of 50 miljoen in totaal; kies een kleinere schaal (hoogstens { $fits }) of minder fasen
export-err-drawing = de tekening kon niet worden teruggelezen: { $detail }
export-err-png = de PNG kon niet worden gemaakt: { $detail }
export-err-pdf = de PDF kon niet worden gemaakt: { $detail }
export-err-csv = de tabel kon niet worden gemaakt: { $detail }
a11y-canvas = Blauwdrukcanvas
a11y-field-view = Veldweergave

## The command line's help and usage errors
cli-help-usage = Gebruik:
cli-help-commands = Opdrachten
cli-help-arguments = Argumenten
cli-help-options = Opties
cli-error = fout
cli-error-more = Meer informatie: probeer '--help'.
cli-error-unknown-argument = de optie of het argument “{ $arg }” is hier onbekend
cli-error-unknown-command = “{ $arg }” is geen opdracht
cli-error-suggestion = bedoelde u “{ $suggestion }”?
cli-error-invalid-value = “{ $value }” is geen mogelijke waarde voor { $arg }; mogelijke waarden: { $valid }
cli-error-bad-value = { $arg }: { $reason }
cli-error-missing = dit ontbreekt: { $args }
cli-error-conflict = { $arg } kan niet samen met { $other } worden gebruikt
cli-error-too-many = { $arg } is meer dan eens gegeven, of met te veel waarden
cli-error-other = de opdracht klopt niet: { $detail }
cli-about = Een programma voor service blueprints, voor publieke organisaties. Zonder opdracht opent het de editor.
cli-arg-file = Een blauwdrukbestand om in de editor te openen (zonder bestand biedt een startscherm de voorbeelden aan).
cli-arg-example = Open een van de ingebouwde voorbeelden: omgevingsvergunning, archiefonderzoek, eerste-werkweek.
cli-arg-lang = De taal: en of nl. Van alles wat Sightline zegt, van de woorden die het aan tekeningen en rapporten toevoegt, en van de baannamen van `new` (standaard: die van het systeem).
cli-arg-help = Toon deze hulp.
cli-arg-version = Toon de versie.
cli-about-validate = Controleer blauwdrukbestanden; toont elk probleem met zijn plaats. Afsluitcode 1 als er een ongeldig is.
cli-arg-validate-files = De blauwdrukbestanden om te controleren.
cli-about-stats = Tel banen, fasen, stappen, stromen en notities.
cli-arg-stats-file = Het blauwdrukbestand.
cli-arg-stats-json = Druk één JSON-object af in plaats van een tabel.
cli-about-fmt = Schrijf bestanden opnieuw in de vaste vorm (vaste volgorde, inspringing van twee spaties).
cli-arg-fmt-files = De blauwdrukbestanden om opnieuw te schrijven.
cli-arg-fmt-check = Meld alleen welke bestanden zouden veranderen (afsluitcode 1 als dat zo is).
cli-about-new = Schrijf een nieuwe blauwdruk met de vijf standaardbanen.
cli-arg-new-file = Waar de nieuwe blauwdruk komt.
cli-arg-new-title = De titel (standaard: "New blueprint", of "Nieuwe blauwdruk" in het Nederlands).
cli-arg-new-template = Het vertrekpunt: standard (de vijf standaardbanen), internal (een intern proces: de klant is een collega) of interaction (vragen, boodschappen en actoren).
cli-arg-new-force = Vervang het bestand als het al bestaat.
cli-about-generate = Schrijf een grote, realistische blauwdruk voor benchmarks en stresstests.
cli-arg-generate-steps = Precies zoveel stappen.
cli-arg-generate-file = Waar de blauwdruk komt.
cli-arg-generate-seed = Varieer de uitkomst (dezelfde seed en hetzelfde aantal stappen geven hetzelfde bestand).
cli-arg-generate-force = Vervang het bestand als het al bestaat.
cli-about-report = De box score (doorlooptijd, inspanning, aandeel waardetoevoegend), de spanningen tussen LEAN en de klant, en de bevindingen van de werksessie, als Markdown (of één JSON-object met --json).
cli-arg-report-file = Het blauwdrukbestand.
cli-arg-report-json = Druk één JSON-object af in plaats van Markdown (in beide talen hetzelfde).
cli-arg-report-max-messages = Een kolom met meer boodschappen dan dit is een overdaad aan informatie.
cli-about-export = Exporteer voor wie geen Sightline heeft: een tekening in SVG, PNG of PDF, een CSV-tabel of een Markdown-rapport.
cli-arg-export-file = Het blauwdrukbestand.
cli-arg-export-format = Wat er gemaakt wordt: svg, png, pdf (tekeningen), csv (een tabel), md (een rapport) of actions (de acties als tabel).
cli-arg-export-output = Waar de export komt; "-" schrijft een tekstformaat (svg, csv, md) naar standaarduitvoer.
cli-arg-export-phases = Alleen deze fasen, geteld vanaf 1: "2..3" (of "2" voor één fase).
cli-arg-export-scale = Alleen PNG: pixels per canvaseenheid: "2" (of "2x") voor een scherp beeld op een scherm met hoge resolutie, of een resolutie zoals "300dpi" (96 dpi is 1x). Zonder deze optie is het beeld minstens 2.000 pixels breed.
cli-arg-export-pages = Alleen PDF: liggende pagina's van dit papierformaat (a4 of a3); de tekening vult de pagina en wordt alleen tussen kolommen over pagina's verdeeld waar één pagina de tekst kleiner dan 6 pt zou maken (zonder deze optie is de PDF één pagina zo groot als de tekening).
cli-arg-export-interaction = Tekeningen: voeg de interactieband toe (vragen en boodschappen per kolom, met de controles).
cli-arg-export-emotion = Tekeningen: voeg de emotiecurve toe boven de klantbaan.
cli-arg-export-notes = Tekeningen: de teksten van de notities (pijnpunten, ideeën, vragen …) als plakbriefjes onder hun kaarten, zoals in de notitieweergave van de editor.
cli-about-diff = Vergelijk twee versies (huidig A, gewenst B): stappen toegevoegd, verwijderd, verplaatst en hernoemd, notities toegevoegd en verwijderd, en de verandering in doorlooptijd, aandeel waardetoevoegend en spanningen. Stappen worden gekoppeld op id, daarna op titel binnen een baan.
cli-arg-diff-a = De eerste versie (huidig).
cli-arg-diff-b = De tweede versie (gewenst).
cli-arg-diff-json = Druk één JSON-object af in plaats van woorden (de sleutels staan in de README).
cli-about-schema = Druk het JSON Schema van het bestandsformaat af.
read-what-conflict = een conflict
read-word-conflict-kind = soort conflict
read-word-part = onderdeel
read-word-side = kant
read-what-action = een actie
read-word-action-status = status van een actie
read-date = moet een datum zijn geschreven als JJJJ-MM-DD (2027-03-31), maar is "{ $found }"
read-no-link = er is geen stap, notitie of ronde met id { $id } waar deze actie op antwoordt; gebruik het id van een ervan
read-matrix-both = een plaats in de waarde/moeite-matrix heeft zowel "value" als "effort" nodig
read-matrix-range = moet een getal van 0 tot en met 1 zijn, maar is { $found }
read-only-idea-matrix = alleen een idee heeft een plaats in de waarde/moeite-matrix, en deze notitie heeft "kind": "{ $kind }"
read-what-round = een ronde
read-what-place = een plaats in een ronde
read-place-twice = de actor { $id } staat twee keer in deze ronde; houd één plaats over
read-what-inbox = een binnengekomen notitie
read-word-inbox-kind = soort binnengekomen notitie
read-word-inbox-status = status van een binnengekomen notitie
cli-conflicts-left = { $file }: nog { $n } { $n ->
    [one] conflict
   *[other] conflicten
  } van een samenvoeging op te lossen (open het bestand in Sightline: Beeld → Conflicten)
cli-merged = { $file }: samengevoegd
cli-merged-conflicts = { $file }: samengevoegd, met { $n } { $n ->
    [one] conflict
   *[other] conflicten
  } om op te lossen (open het bestand in Sightline: Beeld → Conflicten)
cli-about-merge = Voeg twee versies van een blauwdruk samen op id, veld voor veld, vanaf hun gemeenschappelijke voorouder (de merge driver van git: %O %A %B). Het resultaat vervangt OURS, tenzij -o is gegeven. Wat beide kanten verschillend veranderden, komt als conflict in het bestand (afsluitcode 1), nooit met tekstmarkeringen.
cli-arg-merge-base = De gemeenschappelijke voorouder (een leeg bestand: geen).
cli-arg-merge-ours = Onze versie; het resultaat komt hier, tenzij -o is gegeven.
cli-arg-merge-theirs = Hun versie.
cli-arg-merge-output = Waar het resultaat komt in plaats van OURS.
cli-arg-validate-strict = Tel conflicten die een samenvoeging achterliet als fout (afsluitcode 1).
outline-phase = Fase “{ $name }” ({ $columns })
outline-no-phase = Voor de eerste fase ({ $columns })
outline-column = kolom { $n }
outline-actors = Actoren
outline-conflicts = Op te lossen conflicten: { $n }
conflict-absent = niets (verwijderd of er niet)
conflict-present = aanwezig
part-blueprint = de blauwdruk
part-lane = baan
part-phase = fase
part-step = stap
part-flow = stroom
part-annotation = notitie
part-actor = actor
part-round = ronde
part-action = actie
part-inbox_entry = binnengekomen notitie
cli-about-outline = De blauwdruk als leesbare tekst, één regel per onderdeel in leesvolgorde (fase, baan, stap, notities en stromen): voor mensen, en voor de textconv van git, zodat git diff veranderingen in woorden toont.
cli-arg-outline-file = Het blauwdrukbestand.
cli-about-git-setup = In een git-repository: voeg blauwdrukken samen met `sightline merge` en toon hun wijzigingen met `sightline outline` (zet een regel in .gitattributes en stelt merge.sightline en diff.sightline van de repository in). Twee keer uitvoeren verandert niets.
cli-arg-git-setup-dir = Een map in de repository (standaard: de huidige map).
git-missing = sightline git-setup: git is niet geïnstalleerd (of niet te vinden via PATH); installeer eerst git
git-not-a-repository = sightline git-setup: { $dir } ligt niet in een git-repository
git-no-exe = sightline git-setup: het pad van deze Sightline is niet te vinden, of bevat een aanhalingsteken, backslash, $ of `; installeer Sightline in een eenvoudiger map
git-driver-name = Sightline: blauwdrukken samenvoegen op id
git-attributes-added = { $file }: de regel "*.blueprint.json merge=sightline diff=sightline" toegevoegd
git-config-set = { $key } = { $value } ingesteld
git-config-failed = sightline git-setup: git kon { $key } niet instellen
git-nothing-to-do = { $dir }: al ingesteld; niets veranderd
outline-columns = kolommen { $from }–{ $to }
conflict-gone = dit conflict is al opgelost
conflict-list = een lijst van { $n }
conflicts-title = Conflicten uit een samenvoeging
conflicts-none = Geen conflicten meer: de samenvoeging is opgelost. Bewaar het bestand en commit het.
conflicts-intro = { $n ->
    [one] Eén ding
   *[other] { $n } dingen
  } kon de samenvoeging niet beslissen. De blauwdruk heeft nu één waarde; kies wat het moet worden.
conflicts-kind-both-changed = Beide kanten wijzigden dit verschillend.
conflicts-kind-changed-deleted = De ene kant verwijderde dit, de andere wijzigde het.
conflicts-kind-deleted-used = De ene kant verwijderde dit, maar de andere gebruikt het nog.
conflicts-kind-same-cell = Beide kanten zetten een stap in hetzelfde vak; die van hen schoof naar het volgende vrije vak.
conflicts-kind-same-phase-start = Beide kanten lieten een fase in dezelfde kolom beginnen; die van hen schoof naar rechts.
conflicts-kind-rule = De samengevoegde versie brak een regel van het bestandsformaat.
conflicts-base = Eerst
conflicts-ours = Wij
conflicts-theirs = Zij
conflicts-in-blueprint = nu in de blauwdruk
conflicts-keep = Laten zoals het is
conflicts-keep-tip = De blauwdruk blijft zoals hij nu is; het conflict wordt gesloten
conflicts-take-ours = Neem de onze
conflicts-take-theirs = Neem die van hen
conflicts-write = Een andere waarde schrijven…
conflicts-own-value = Andere waarde
conflicts-apply = Toepassen
conflicts-refused = Die keuze past niet in de blauwdruk: { $reason }
cmd-conflicts = Conflicten
cmd-conflicts-tip = Wat een samenvoeging niet kon beslissen: kies de onze, die van hen, of een andere waarde
field-title = titel
field-name = naam
field-description = beschrijving
field-channel = kanaal
field-column = kolom
field-lane = baan
field-start = beginkolom
field-kind = soort
field-text = tekst
field-severity = ernst
field-perspective = perspectief
field-votes = stemmen
field-process-minutes = bewerkingsminuten
field-wait-minutes = wachtminuten
field-customer-minutes = klantminuten
field-value = waardeklasse
field-waste-type = soort verspilling
field-evidence = zekerheid
field-emotion = emotie
field-kano = Kano
field-actors = actoren
field-from = begin van de stroom
field-to = eind van de stroom
field-label = label
field-two-way = tweerichting
field-on = plaats van de notitie
field-answers = beantwoorde vragen
field-position = plaats in de veldweergave
field-locked = vergrendelde indeling
field-lanes = volgorde van de banen
cmd-history = Geschiedenis…
cmd-history-tip = De versies van dit bestand in git: vergelijk met een ervan
history-title = Geschiedenis van { $name }
history-text = De commits die dit bestand veranderden, nieuwste eerst. Vergelijken toont wat er sindsdien veranderde.
history-compare = Vergelijken
history-unsaved = Geschiedenis: bewaar de blauwdruk eerst in een git-repository
history-no-git = Geschiedenis: git is niet geïnstalleerd (of niet te vinden via PATH), dus Sightline kan de geschiedenis niet lezen
history-not-in-git = Geschiedenis: dit bestand staat niet in een git-repository, of is nog niet gecommit
history-failed = Geschiedenis: git kon de geschiedenis niet lezen: { $reason }
history-unreadable = De versie van { $date } kan niet worden geopend: { $problems }
dlg-close = Sluiten
import-too-big = het bestand is groter dan { $max } MB; Sightline importeert bestanden tot die grootte
import-csv-text = dit is geen teksttabel: { $reason }
import-csv-row = deze regel kan niet worden gelezen: { $reason }
import-xlsx = dit Excel-bestand kan niet worden gelezen: { $reason }
import-xlsx-empty = dit Excel-bestand heeft geen blad met regels
import-row = regel { $n }
import-table-empty = de tabel heeft geen regels met stappen
import-missing-column = er is geen kolom voor de { $field }; noem een kolom een van: { $names }, of koppel er een kolom aan (in Sightline: de lijst met kolommen; op de opdrachtregel: --map KOLOM={ $id })
import-no-title = deze regel heeft geen titel; elke stap heeft er een nodig
import-no-lane = deze regel heeft geen baan; zeg in welke baan de stap gebeurt
import-too-many-columns = de stappen passen niet in 100.000 kolommen; importeer een kleiner deel van het proces
import-note-without-step = regel { $row }: de notitie “{ $text }” noemt geen stap uit deze tabel, dus is weggelaten
import-note-kind = deze notitie heeft geen soort (pain_point, moment_of_truth, idea, question of message)
import-phase-same-start = de fase “{ $name }” begint in dezelfde kolom als een andere fase, dus is weggelaten
import-title = Geïmporteerde blauwdruk
import-bad-word = “{ $text }” is niet een van: { $choices }
import-bad-value = “{ $text }” is hier geen geldige waarde
import-xml-text = dit is geen XML-tekstbestand: { $reason }
import-not-bpmn = dit is geen BPMN-bestand: het hoofdelement is <{ $root }>, niet <definitions>
import-no-tasks = dit BPMN-bestand heeft geen taken of benoemde gebeurtenissen om stappen van te maken
import-xml-dtd = het bestand declareert een DTD (<!DOCTYPE …>); BPMN-bestanden hebben er geen nodig en Sightline leest ze niet, dus er wordt geen entiteit uitgevouwen of opgehaald. Haal de DOCTYPE weg en importeer opnieuw
import-xml-too-big = het bestand bevat meer XML-elementen dan Sightline importeert (20 miljoen)
import-xml = dit is geen goedgevormde XML: { $reason }
import-left-choreography = { $what } “{ $name }” (choreografieën en conversaties hebben geen plaats in een blauwdruk)
import-process = Proces
import-left-message = berichtstroom “{ $name }”: een van de uiteinden is een hele pool of hangt niet aan een stap
import-left-note = tekstannotatie “{ $text }”: die hangt aan iets dat geen stap is
import-left-inside = { $n } { $n ->
    [one] element
   *[other] elementen
  } binnen ingeklapte subprocessen (elk subproces is één stap)
import-unnamed = (naamloos)
cli-about-import = Maak een blauwdruk van een BPMN 2.0-procesmodel, een CSV-tabel of een Excel-werkmap (één regel per stap). De baansoorten worden geraden en zijn te kiezen met --lane en --customer; wat geen plaats krijgt, wordt genoemd.
cli-arg-import-input = Het bestand om te importeren (.bpmn, .csv of .xlsx).
cli-arg-import-output = Waar de nieuwe blauwdruk komt.
cli-arg-import-format = Het soort bestand (standaard naar de naam): bpmn, csv of xlsx.
cli-arg-import-lane = De soort van een baan of pool, bij naam: --lane "KCC=frontstage" (evidence, customer, frontstage, backstage, support, custom).
cli-arg-import-customer = De pool of baan die de klant is.
cli-arg-import-map = Een kolom van de spreadsheet voor een veld: --map "Activiteit=title".
cli-arg-import-json = Druk één JSON-object af (banen met hun soort, aantallen, wat is weggelaten) in plaats van woorden.
cli-arg-import-force = Vervang het uitvoerbestand als het al bestaat.
cli-imported = { $file }: geschreven ({ $lanes } { $lanes ->
    [one] baan
   *[other] banen
  }, { $steps } { $steps ->
    [one] stap
   *[other] stappen
  }, { $flows } { $flows ->
    [one] stroom
   *[other] stromen
  })
cli-imported-lane = baan “{ $name }”: { $kind }{ $guessed ->
    [yes] {" "}(geraden; kies met --lane "{ $name }=SOORT")
   *[no] {""}
  }
cli-imported-left-out = weggelaten:
cli-bad-lane-option = “{ $text }” is geen NAAM=SOORT; SOORT is een van evidence, customer, frontstage, backstage, support, custom
cli-bad-map-option = “{ $text }” is geen KOLOM=VELD
cli-unknown-format = { $file }: Sightline kan niet zien wat voor bestand dit is; voeg --format bpmn, csv of xlsx toe
msg-paste-choose-cell = Kies eerst een vak (klik erop, of ga erheen met de pijltjestoetsen); de geplakte regels worden stappen vanaf daar naar rechts
msg-pasted-lines = { $n ->
    [one] Eén regel werd een stap
   *[other] { $n } regels werden stappen
  } (Ctrl+Z maakt het ongedaan)
file-filter-import = Procesmodel of spreadsheet
dlg-import-title = Een procesmodel of spreadsheet importeren
dlg-import = Importeren
import-preview-title = { $name } importeren
import-preview-counts = { $steps ->
    [one] 1 stap
   *[other] { $steps } stappen
  }, { $flows ->
    [one] 1 stroom
   *[other] { $flows } stromen
  }, { $notes ->
    [one] 1 notitie
   *[other] { $notes } notities
  }, { $actors ->
    [one] 1 actor
   *[other] { $actors } actoren
  }
import-preview-lanes = Banen (kies een soort waar de gok niet klopt)
import-preview-kind-of = Soort van de baan { $name }
import-preview-steps = { $n ->
    [one] 1 stap
   *[other] { $n } stappen
  }
import-preview-guessed = · geraden
import-preview-left-out = Weggelaten
import-create = Blauwdruk maken
msg-imported = Geïmporteerd als nieuwe blauwdruk; bewaar hem om hem te houden
cmd-import = Importeren…
cmd-import-tip = Maak een blauwdruk van een BPMN-procesmodel, een CSV-tabel of een Excel-werkmap
example-omgevingsvergunning-summary = Een omgevingsvergunning: het KCC krijgt vragen over de status terwijl het dossier onvolledig is.
example-archiefonderzoek-summary = Een archief beantwoordt onderzoeksvragen uit het buitenland, tussen studiezaal en website.
example-eerste-werkweek-summary = Een intern proces: stafafdelingen ondersteunen de eerste werkweek van een nieuwe collega.
cli-merged-open = { $file }: samengevoegd; nog { $open } { $open ->
    [one] conflict
   *[other] conflicten
  } van een eerdere samenvoeging op te lossen
conflict-none = geen
conflict-yes = ja
conflict-no = nee
conflict-side-ours = wij
conflict-side-theirs = zij
conflict-what-changed-deleted = { $deleted } verwijderden het, { $changed } wijzigden het
conflict-what-deleted-used = { $deleted } verwijderden het, { $uses } gebruiken het nog
conflict-what-same-cell = beide kanten zetten een stap in één vak; deze schoof naar rechts, naar { $now }
conflict-what-same-start = beide kanten lieten een fase in één kolom beginnen; deze schoof naar rechts, naar { $now }
conflict-values = wij { $ours }, zij { $theirs }
conflict-kept = { $kept ->
    [ours] de onze blijft
    [theirs] die van hen blijft
   *[gone] het is weggelaten
  }
outline-process = bewerking { $m } min
outline-wait = wachten { $m } min
outline-customer = klant { $m } min
outline-emotion = emotie { $n }
outline-votes = { $n ->
    [one] 1 stem
   *[other] { $n } stemmen
  }
outline-actors-on = met { $names }
outline-no-title = (geen titel)
outline-answers = beantwoordt { $questions }
outline-locked = (indeling vergrendeld)
cli-outline-unreadable = (dit bestand is niet als blauwdruk te lezen: { $reason }; de tekst volgt zoals hij is)
cli-arg-outline-textconv = Voor git (diff.sightline.textconv): een bestand dat niet te lezen is, wordt getoond zoals het is, na een regel die zegt waarom, in plaats van git diff te laten stoppen.
git-no-folder = sightline git-setup: de map { $dir } bestaat niet
read-json-bad-word = dit is geen geldige JSON: een woord hier is niet true, false of null (tekst hoort tussen dubbele aanhalingstekens)
read-json-other = dit is hier geen geldige JSON
cli-error-missing-value = { $arg } heeft een waarde nodig
cli-stats-conflicts = op te lossen conflicten
import-preview-columns = Kolommen (kies welk veld elke kolom geeft)
import-preview-column-of = Veld van de kolom { $name }
import-field-none = (niet gebruikt)
field-phase = fase
field-record = soort regel
field-step-id = stap
import-csv-quote = op deze regel opent een aanhalingsteken (") dat nergens sluit, zodat de rest van het bestand één cel zou worden; sluit het, of haal het weg
import-xlsx-not = dit is geen Excel-werkmap (.xlsx); bewaar het als .xlsx, of importeer het als CSV (--format csv)
import-xlsx-wide = dit blad gebruikt meer dan { $max } kolommen; een tabel met stappen heeft er een paar dozijn nodig
import-xlsx-big = dit blad heeft meer dan { $max } cellen; importeer een kleiner deel
import-too-many-flows = het samenvoegen van de stromen door de gateways geeft meer dan { $max } stromen; het model is te groot of te verweven om in één keer te importeren
import-text-too-long = deze tekst is langer dan { $max } tekens; Sightline bewaart teksten tot die lengte
import-left-timer = timer “{ $name }”: de duur is geen ISO 8601-duur zoals PT48H of P5D, dus er is geen wachttijd toegevoegd
import-left-flow = sequentiestroom { $id }: een van de uiteinden staat niet in dit proces
import-left-duplicate = de id { $id } komt meer dan eens voor in het bestand; het tweede element kreeg een eigen id
import-left-option = “{ $name }” noemt geen baan of pool van dit bestand
import-left-self-loop = een stroom van “{ $name }” terug naar zichzelf (een blauwdruk verbindt twee verschillende stappen)
import-xml-too-complex = een element hier heeft meer dan { $max } attributen, of het bestand declareert meer dan { $max } namespaces; een BPMN-bestand heeft er een handvol van elk
cli-about-serve = Laat deelnemers aan een workshop notities en stippen toevoegen vanuit de browser op hun telefoon, zonder venster: drukt één regel "participants: URL" af en bewaart wat binnenkomt binnen een seconde in de inbox van het bestand (stippen tellen meteen). Stoppen met Ctrl+C.
cli-arg-serve-file = De blauwdruk die deelnemers zien; hun notities gaan naar de inbox ervan.
cli-arg-serve-host = Het adres om op te luisteren (standaard: elk netwerkadres van deze computer; 127.0.0.1: alleen deze computer).
cli-arg-serve-port = De poort om op te luisteren (0: een willekeurige vrije poort).
cli-arg-serve-votes = Het aantal stippen per deelnemer.
serve-no-port = Kan niet luisteren op { $address }: { $reason }. Controleer --host (een adres van deze computer; 0.0.0.0 voor allemaal) en --port (0 neemt een vrije).
serve-bad-host = "{ $host }" is geen adres: geef er een zoals 192.168.1.20, 127.0.0.1, localhost of 0.0.0.0 (elk adres van deze computer)
serve-cannot-save = Wat deelnemers sturen kan niet worden bewaard in { $file }: het bestand of de map kan niet worden beschreven. Er is niets gestart; kies een bestand dat u mag wijzigen.
serve-no-stdout = Het adres voor deelnemers kan niet worden afgedrukt (standaarduitvoer is dicht of vol); er is niets gestart.
serve-saved-elsewhere = Het bestand kon niet worden bewaard; wat deelnemers stuurden staat in { $file }
serve-also = ook bereikbaar op { $url }
serve-running = Deelnemers kunnen nu meedoen; wat ze sturen wordt bewaard in { $file }. Stoppen met Ctrl+C.
serve-stopped = Gestopt; de poort is dicht.
menu-workshop = Workshop
cmd-invite = Deelnemers uitnodigen…
cmd-invite-tip = Deelnemers doen mee vanuit de browser op hun telefoon of laptop (een QR-code, een adres en een deelnamecode) en sturen notities en stippen; niets komt in de blauwdruk tot u het overneemt
cmd-inbox = Inbox
cmd-inbox-tip = Wat deelnemers stuurden: overnemen waar zij het neerlegden, eerst aanpassen, naar een andere cel slepen, of afwijzen
tool-invite = Uitnodigen
tool-inbox = Inbox ({ $n })
msg-inviting = Deelnemers kunnen meedoen via { $url }
msg-invite-failed = Uitnodigen lukt niet: { $reason }
msg-invite-stopped = Uitnodigen gestopt; de poort is dicht.
invite-title = Deelnemers uitnodigen
invite-qr-tip = Scan met de camera van een telefoon om de pagina te openen
invite-scan = Scan de code met de camera van je telefoon
invite-or-open = of open dit adres in een browser:
invite-code = Deelnamecode
invite-joined = { $n ->
    [0] Nog niemand doet mee
    [one] Eén deelnemer doet mee
   *[other] { $n } deelnemers doen mee
}
invite-closed = Meedoen is gesloten
invite-close-joining = Meedoen sluiten
invite-open-joining = Meedoen weer openen
invite-hide = Dit venster verbergen
invite-hide-tip = Deelnemers blijven sturen; Deelnemers uitnodigen in het menu Workshop toont de code weer
invite-stop = Stoppen met uitnodigen
invite-stop-tip = Beëindigt de sessie voor iedereen en sluit de poort; wat binnenkwam blijft in de inbox
invite-address = Getoond adres:
invite-address-tip = Kies het adres van het netwerk waar de telefoons van de deelnemers op zitten (wifi, meestal 192.168… of 10…).
invite-votes = Stippen per deelnemer:
invite-count-votes = Stippen meteen tellen
invite-count-votes-tip = Aan: elke stip telt meteen (ongedaan maken neemt hem terug). Uit: stippen wachten in de inbox.
invite-people = { $n ->
    [one] Eén deelnemer
   *[other] { $n } deelnemers
}
invite-participant = Deelnemer { $n }
invite-person = { $name }: { $notes } notities, { $votes } stippen
invite-block = Blokkeren
invite-unblock = Weer toelaten
inbox-title = Inbox
inbox-empty = Er is nog niets binnengekomen. Notities van deelnemers verschijnen hier, nooit direct in de blauwdruk.
inbox-waiting = { $n ->
    [0] Er wacht niets.
    [one] Er wacht één notitie.
   *[other] Er wachten { $n } notities.
}
inbox-more = … en nog { $n } die wachten: ze verschijnen als deze zijn afgehandeld.
inbox-accept-all = Alles overnemen
inbox-accept-all-tip = Neem elke wachtende notitie over waar de afzender hem neerlegde (één keer ongedaan maken); wat niet past blijft staan
inbox-none-fits = Geen van de wachtende notities kan op de gekozen plek: sleep ze naar een cel.
inbox-handled = Afgehandeld ({ $n })
inbox-accepted = Overgenomen
inbox-dismissed = Afgewezen
inbox-kind-step = Voorgestelde stap
inbox-kind-pain_point = Pijnpunt
inbox-kind-idea = Idee
inbox-kind-question = Vraag
inbox-kind-moment_of_truth = Moment van de waarheid
inbox-kind-vote = Stip
inbox-gone = (niet meer in de blauwdruk)
inbox-aimed-cell = { $lane } · { $phase }
inbox-aimed-on = bij “{ $title }”
inbox-refused-handled = Die notitie is al afgehandeld.
inbox-refused-target = De stap waar hij bij hoorde is er niet meer: sleep de notitie naar een stap.
inbox-refused-lane = De baan waarvoor hij bedoeld was is er niet meer: sleep hem naar een cel.
inbox-refused-room = Er is geen vrije cel voor: sleep hem naar een vrije cel.
inbox-refused-empty = Een notitie zonder tekst kan niet worden overgenomen: typ een tekst of wijs hem af.
inbox-anonymous = anoniem
inbox-severity-1 = licht
inbox-severity-2 = middel
inbox-severity-3 = ernstig
inbox-drag-tip = Sleep naar een cel van de blauwdruk om hem daar over te nemen
inbox-text-hint = De tekst zoals hij in de blauwdruk komt
inbox-accept = Overnemen
inbox-accept-tip = Voegt hem toe aan de blauwdruk waar de deelnemer hem neerlegde (Ctrl+Enter in de tekst)
inbox-dismiss = Afwijzen
inbox-dismiss-tip = Laat hem buiten de blauwdruk; de deelnemer ziet dat hij niet is overgenomen
actions-owner-word = eigenaar
actions-due-word = uiterlijk
action-status-open = open
action-status-doing = bezig
action-status-done = klaar
report-actions = Acties
actions-answers = Antwoord op
answers-kind-step = stap
answers-kind-round = ronde
answers-kind-pain_point = pijnpunt
answers-kind-moment_of_truth = moment van de waarheid
answers-kind-idea = idee
answers-kind-question = vraag
answers-kind-message = boodschap
cmd-actions-panel = Acties
cmd-actions-panel-tip = Wat de workshop besloot te doen: eigenaren, einddata, status, waar elke actie op antwoordt
cmd-add-action = Actie bij de selectie
cmd-add-action-tip = Een nieuwe actie die antwoordt op het geselecteerde pijnpunt, idee of de geselecteerde stappen
cmd-matrix = Waarde en moeite
cmd-matrix-tip = De ideeën en acties in vier kwadranten: snelle winst, grote stappen, opvulling, geldputten
cmd-closing-list = Slotlijst
cmd-closing-list-tip = De acties groot over het canvas, om de workshop mee af te sluiten
actions-heading = Acties
actions-help = Wat de groep besloot te doen, gekoppeld aan waar het op antwoordt.
actions-new = Nieuwe actie
actions-new-title = Nieuwe actie
actions-from-selection = Bij de selectie
actions-select-first = Selecteer eerst een pijnpunt, een idee of een stap: de actie antwoordt daarop.
actions-title-from = Iets doen aan: { $text }
actions-filter-status = Status:
actions-filter-owner = Eigenaar:
actions-all = alle
actions-none = Nog geen acties. Selecteer een pijnpunt of een idee en druk op Ctrl+Shift+A.
actions-none-shown = Geen actie past bij de filters.
actions-title = Actie
actions-owner = Eigenaar
actions-no-owner = (nog niemand)
actions-owner-name = Of een naam
actions-owner-name-hint = een team of een persoon
actions-due = Uiterlijk
actions-due-invalid = schrijf een datum als 2027-03-31
actions-status = Status
actions-answers-nothing = Antwoordt nog nergens op: selecteer een stap of notitie en koppel die.
actions-unlink = Antwoordt hier niet meer op
actions-link-selection = Selectie koppelen
actions-delete = Verwijderen
matrix-title = Waarde en moeite
matrix-help = Sleep ideeën en acties in het vierkant: waarde omhoog, moeite naar rechts.
matrix-unplaced = Nog niet geplaatst
matrix-all-placed = Alles is geplaatst.
matrix-quick_wins = Snelle winst
matrix-big_bets = Grote stappen
matrix-fill_ins = Opvulling
matrix-money_pits = Geldputten
matrix-effort-axis = moeite: weinig … veel
matrix-value-axis = waarde: weinig … veel
matrix-kind-action = Actie
matrix-kind-idea = Idee
closing-title = Wat we gaan doen
closing-empty = Nog geen acties.
a11y-matrix = De matrix van waarde en moeite
cmd-next-round = Volgende ronde
cmd-next-round-tip = De volgende ronde in de veldweergave: de actoren schuiven naar hun nieuwe plaats
cmd-previous-round = Vorige ronde
cmd-previous-round-tip = De ronde in de veldweergave vóór deze
rounds-name = Ronde { $n }
rounds-none = Tot nu toe één opstelling. Speel de choreografie in rondes om te zien hoe het veld verandert.
rounds-start = In rondes spelen
rounds-start-tip = Maakt het veld zoals het nu is de eerste ronde; voeg daarna rondes toe, elk vanaf de vorige
rounds-previous = Vorige ronde
rounds-next = Volgende ronde
rounds-feeling-from-to = { $name } van { $from } naar { $to }
rounds-of = Ronde { $n } van { $total }
rounds-round-name = Naam van de ronde
rounds-new = Nieuwe ronde
rounds-new-tip = Een nieuwe ronde na de laatste, vanaf haar plaatsen en gevoelens
rounds-compare = Naast elkaar
rounds-compare-tip = Twee rondes naast elkaar (de eerste en de laatste), met wie verschoof en wiens gevoel veranderde
rounds-delete = Ronde verwijderen
rounds-delete-tip = Verwijdert deze ronde (ongedaan maken haalt haar terug)
rounds-note = Wat er gebeurt:
rounds-note-hint = de klant vraagt: hoe lang moet ik wachten?
rounds-feels = Hoe voelt { $name } zich?
feeling-0 = heel slecht
feeling-1 = slecht
feeling-2 = neutraal
feeling-3 = goed
feeling-4 = heel goed
rounds-quote = Zegt:
rounds-quote-hint = „mijn collega is even wat traag”
rounds-leave-out = Buiten deze ronde laten
rounds-not-in = { $name } doet niet mee in deze ronde.
rounds-bring-in = Niet in deze ronde:
rounds-bring-in-tip = Erbij halen (waar hij het laatst stond)
rounds-moved = Verschoven: { $list }
rounds-feeling-changed = Gevoel veranderd: { $list }
rounds-came-in = Erbij gekomen: { $list }
rounds-left = Weggelaten: { $list }
rounds-no-change = Niets veranderd tussen deze rondes.
rounds-numbered = Ronde { $n }: { $name }
outline-rounds = Rondes
outline-round = Ronde { $n } „{ $name }”
outline-feeling = gevoel { $f }
outline-not-in-round = niet in deze ronde: { $names }
rounds-choose-token = Klik op een actor om te zeggen hoe die zich voelt en wat hij zegt.
projector-field = { $title } — veldweergave
projector-field-round = { $title } — veldweergave: { $round }
