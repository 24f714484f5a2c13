"""Writes the bad-input corpus: base.json (valid), one file per fault, and expectations.tsv.

Each fault is one textual change to BASE; the character \u00a7 in the change marks where the fault must be
reported, and its 1-based line and byte column are computed from the marker. Faults reported at the start of
the enclosing record carry no marker: the record start is looked up (every record of BASE starts a line).
Usage: python3 make-corpus.py sco-io/src/test/resources/bad
"""
import os, sys
OUT = sys.argv[1]
BASE = '''{"format":"sco-dataset/1","title":"Corpus base","asOfDate":"2025-09-01",
"states":[
{"code":"CN","nameEn":"State A","nameRu":"Gosudarstvo A","nameZh":"Guojia A","sources":["s1"]},
{"code":"KG","nameEn":"State B","nameRu":"Gosudarstvo B","nameZh":"Guojia B"}
],
"sources":[
{"id":"s1","title":"Source one","publisher":"Publisher","url":"https://example.org/a","published":"2025-09"}
],
"statusChanges":[
{"id":"sc1","state":"CN","status":"member","date":"2001-06-15","decidedAt":"m1","sources":["s1"]}
],
"meetings":[
{"id":"m1","body":"council_of_heads_of_state","ordinal":25,"title":"Summit","startDate":"2025-08-31","endDate":"2025-09-01","venue":{"city":"City","state":"CN"},"host":"CN","chair":"CN","participants":[{"state":"CN","level":"head_of_state"},{"organisation":"Secretariat"}],"outcomes":["d1"],"planned":false,"note":"n","sources":["s1"]}
],
"presidencies":[
{"id":"p1","holder":"KG","term":{"start":"2025-09-01","ongoing":true},"openedAt":"m1","sources":["s1"]}
],
"documents":[
{"id":"d1","kind":"declaration","titles":{"en":"Declaration A","ru":"Deklaratsiya A"},"adopted":"2025-09-01","adoptedAt":"m1","signatories":["CN","KG"],"links":[{"type":"transfers_presidency","target":"p1"}],"sources":["s1"]}
],
"initiatives":[
{"id":"i1","name":"Initiative","proposerState":"CN","proposed":"2021","areas":["a"],"endorsedBy":["d1"]}
],
"officials":[
{"id":"o1","name":"Some One","post":"secretary_general","state":"KG","term":{"start":"2025-01-01","end":"2028-01-01"}}
],
"rotationExceptions":[
{"id":"r1","kind":"swap","presidencies":["p1"],"states":["KG"],"description":"Swapped."}
]}
'''
M = '\u00a7'  # marks the expected fault position
cases = []  # name, old, new (with marker), pointer, reason fragment
def c(name, old, new, pointer, reason):
    cases.append((name, old, new, pointer, reason))

MEET = '{"id":"m1","body"'
# unknown fields
c("unknown-field-root", '"title":"Corpus base"', M+'"colour":"red","title":"Corpus base"', "/colour", "dataset: unknown field 'colour'")
c("unknown-field-state", '"nameZh":"Guojia B"', '"nameZh":"Guojia B",'+M+'"flag":"x"', "/states/1/flag", "state: unknown field 'flag'")
c("unknown-field-meeting", '"title":"Summit"', M+'"name":"x","title":"Summit"', "/meetings/0/name", "meeting: unknown field 'name'")
c("unknown-field-venue", '"city":"City"', '"city":"City",'+M+'"country":"CN"', "/meetings/0/venue/country", "venue: unknown field 'country'")
c("unknown-field-participant", '{"organisation":"Secretariat"}', '{"organisation":"Secretariat",'+M+'"rank":1}', "/meetings/0/participants/1/rank", "participant: unknown field 'rank'")
c("unknown-field-term", '"ongoing":true}', '"ongoing":true,'+M+'"until":"2026"}', "/presidencies/0/term/until", "term: unknown field 'until'")
c("unknown-field-link", '"target":"p1"}', '"target":"p1",'+M+'"weight":2}', "/documents/0/links/0/weight", "link: unknown field 'weight'")
c("unknown-field-escaped-name", '"title":"Summit"', M+'"a/b~c":1,"title":"Summit"', "/meetings/0/a~1b~0c", "meeting: unknown field 'a/b~c'")
c("unknown-field-wrong-case", '"startDate":"2025-08-31"', M+'"StartDate":"2025-08-31"', "/meetings/0/StartDate", "meeting: unknown field 'StartDate'")
# duplicates
c("duplicate-key-root-format", '"title":"Corpus base"', M+'"format":"sco-dataset/1","title":"Corpus base"', "/format", "dataset: duplicate field 'format'")
c("duplicate-key-meeting-id", '"title":"Summit"', M+'"id":"m2","title":"Summit"', "/meetings/0/id", "meeting: duplicate field 'id'")
c("duplicate-key-title-language", '"ru":"Deklaratsiya A"', '"ru":"Deklaratsiya A",'+M+'"en":"Again"', "/documents/0/titles/en", "titles: duplicate field 'en'")
c("duplicate-key-venue-city", '"state":"CN"},"host"', '"state":"CN",'+M+'"city":"Other"},"host"', "/meetings/0/venue/city", "venue: duplicate field 'city'")
c("duplicate-key-array", '"officials":[', M+'"documents":[],"officials":[', "/documents", "dataset: duplicate field 'documents'")
c("duplicate-id-across-kinds", '{"id":"d1","kind"', M+'{"id":"m1","kind"', "/documents/0", "document: duplicate id 'm1' (already used at /meetings/0)")
c("duplicate-state-code", '{"code":"KG","nameEn"', M+'{"code":"CN","nameEn"', "/states/1", "state: duplicate state code 'CN' (already used at /states/0)")
# wrong types
c("wrong-type-id-number", '{"id":"m1","body"', '{"id":'+M+'1,"body"', "/meetings/0/id", "id: expected a string, was number 1")
c("wrong-type-states-object", '"states":[\n{"code":"CN"', '"states":'+M+'{},"x":[\n{"code":"CN"', "/states", "states: expected an array, was an object")
c("wrong-type-record-array", '"meetings":[\n{', '"meetings":[\n'+M+'[],{', "/meetings/0", "meeting: expected an object, was an array")
c("wrong-type-sources-string", '"outcomes":["d1"],"planned":false,"note":"n","sources":["s1"]', '"outcomes":["d1"],"planned":false,"note":"n","sources":'+M+'"s1"', "/meetings/0/sources", "sources: expected an array, was string 's1'")
c("wrong-type-planned-string", '"planned":false', '"planned":'+M+'"false"', "/meetings/0/planned", "planned: expected true or false, was string 'false'")
c("wrong-type-participant-string", '"participants":[{"state"', '"participants":['+M+'"CN",{"state"', "/meetings/0/participants/0", "participant: expected an object, was string 'CN'")
c("wrong-type-titles-array", '"titles":{"en":"Declaration A","ru":"Deklaratsiya A"}', '"titles":'+M+'["Declaration A"]', "/documents/0/titles", "titles: expected an object keyed by language, was an array")
c("wrong-type-outcome-number", '"outcomes":["d1"]', '"outcomes":['+M+'7]', "/meetings/0/outcomes/0", "outcomes: expected a string, was number 7")
c("wrong-type-venue-string", '"venue":{"city":"City","state":"CN"}', '"venue":'+M+'"City"', "/meetings/0/venue", "venue: expected an object, was string 'City'")
c("wrong-type-term-string", '"term":{"start":"2025-09-01","ongoing":true}', '"term":'+M+'"2025-09-01"', "/presidencies/0/term", "term: expected an object, was string '2025-09-01'")
c("wrong-type-bool-number", '"planned":false', '"planned":'+M+'0', "/meetings/0/planned", "planned: expected true or false, was number 0")
# coercion
c("coerced-ordinal-string", '"ordinal":25', '"ordinal":'+M+'"25"', "/meetings/0/ordinal", "ordinal: expected an integer, was string '25'")
c("coerced-ordinal-fraction", '"ordinal":25', '"ordinal":'+M+'25.5', "/meetings/0/ordinal", "ordinal: expected an integer, was number 25.5")
c("coerced-ordinal-whole-float", '"ordinal":25', '"ordinal":'+M+'25.0', "/meetings/0/ordinal", "ordinal: expected an integer, was number 25.0")
c("coerced-ordinal-exponent", '"ordinal":25', '"ordinal":'+M+'2.5e1', "/meetings/0/ordinal", "ordinal: expected an integer, was number 2.5e1")
c("ordinal-out-of-range", '"ordinal":25', '"ordinal":'+M+'99999999999', "/meetings/0/ordinal", "ordinal: 99999999999 is out of the integer range")
c("coerced-state-code-number", '"holder":"KG"', '"holder":'+M+'417', "/presidencies/0/holder", "holder: expected a state code string, was number 417")
# null
c("null-required-id", '{"id":"p1","holder"', '{"id":'+M+'null,"holder"', "/presidencies/0/id", "id: expected a string, was null")
c("null-optional-note", '"note":"n"', '"note":'+M+'null', "/meetings/0/note", "note: expected a string, was null")
c("null-array-element", '"signatories":["CN","KG"]', '"signatories":["CN",'+M+'null]', "/documents/0/signatories/1", "signatories: expected a state code string, was null")
c("null-object-field", '"venue":{"city":"City","state":"CN"}', '"venue":'+M+'null', "/meetings/0/venue", "venue: expected an object, was null")
c("null-record", '"initiatives":[\n{', '"initiatives":[\n'+M+'null,{', "/initiatives/0", "initiative: expected an object, was null")
c("null-array", '"officials":[\n{"id":"o1","name":"Some One","post":"secretary_general","state":"KG","term":{"start":"2025-01-01","end":"2028-01-01"}}\n]', '"officials":'+M+'null', "/officials", "officials: expected an array, was null")
# missing required
c("missing-format", '{"format":"sco-dataset/1","title"', M+'{"title"', "", "dataset: missing required field 'format'")
c("missing-meeting-body", '"body":"council_of_heads_of_state",', '', "/meetings/0", "meeting: missing required field 'body'")
c("missing-state-name", '"nameZh":"Guojia B"', '"nameZh":"Guojia B"', "/states/1", None)  # placeholder replaced below
cases.pop()
c("missing-state-name-zh", ',"nameZh":"Guojia B"}', '}', "/states/1", "state: missing required field 'nameZh'")
c("missing-term-start", '{"start":"2025-09-01","ongoing":true}', M+'{"ongoing":true}', "/presidencies/0/term", "term: missing required field 'start'")
c("missing-link-target", '{"type":"transfers_presidency","target":"p1"}', M+'{"type":"transfers_presidency"}', "/documents/0/links/0", "link: missing required field 'target'")
c("missing-official-term", ',"term":{"start":"2025-01-01","end":"2028-01-01"}}', '}', "/officials/0", "official: missing required field 'term'")
c("missing-status-date", ',"date":"2001-06-15"', '', "/statusChanges/0", "status change: missing required field 'date'")
# unknown enum values
c("unknown-enum-body", '"body":"council_of_heads_of_state"', '"body":'+M+'"summit"', "/meetings/0/body", "body: 'summit' is not one of council_of_heads_of_state")
c("unknown-enum-upper-case", '"status":"member"', '"status":'+M+'"MEMBER"', "/statusChanges/0/status", "status: 'MEMBER' is not one of none, dialogue_partner")
c("unknown-enum-language", '"ru":"Deklaratsiya A"', M+'"fr":"Declaration"', "/documents/0/titles/fr", "titles: 'fr' is not one of en, ru, zh")
c("unknown-enum-link-type", '"type":"transfers_presidency"', '"type":'+M+'"hands_over"', "/documents/0/links/0/type", "type: 'hands_over' is not one of transfers_presidency")
c("unknown-enum-confidence", '"openedAt":"m1"', '"openedAt":"m1","confidence":'+M+'"certain"', "/presidencies/0/confidence", "confidence: 'certain' is not one of high, medium, low")
c("unknown-enum-camel-case", '"post":"secretary_general"', '"post":'+M+'"secretaryGeneral"', "/officials/0/post", "post: 'secretaryGeneral' is not one of secretary_general")
c("unknown-enum-presidency-body", '"holder":"KG"', '"body":'+M+'"council_of_heads_of_summit","holder":"KG"', "/presidencies/0/body", "body: 'council_of_heads_of_summit' is not one of council_of_heads_of_state")
# dates
c("bad-date-month-13", '"startDate":"2025-08-31"', '"startDate":'+M+'"2025-13-01"', "/meetings/0/startDate", "startDate: '2025-13-01' is not a valid date")
c("bad-date-february-30", '"date":"2001-06-15"', '"date":'+M+'"2001-02-30"', "/statusChanges/0/date", "date: '2001-02-30' is not a valid date")
c("bad-date-format", '"adopted":"2025-09-01"', '"adopted":'+M+'"01.09.2025"', "/documents/0/adopted", "adopted: '01.09.2025' is not a valid date")
c("bad-date-time-included", '"published":"2025-09"', '"published":'+M+'"2025-09-01T10:00:00Z"', "/sources/0/published", "published: '2025-09-01T10:00:00Z' is not a valid date")
c("bad-date-partial-as-of", '"asOfDate":"2025-09-01"', '"asOfDate":'+M+'"2025-09"', "/asOfDate", "asOfDate: '2025-09' is not a full date (yyyy-MM-dd)")
c("bad-date-number", '"proposed":"2021"', '"proposed":'+M+'2021', "/initiatives/0/proposed", "proposed: expected a date string, was number 2021")
c("bad-date-year-zero", '"start":"2025-01-01"', '"start":'+M+'"0000-01-01"', "/officials/0/term/start", "start: '0000-01-01' is not a valid date")
# state codes
c("bad-state-code-lower-case", '"host":"CN"', '"host":'+M+'"cn"', "/meetings/0/host", "host: 'cn' is not an assigned upper-case ISO 3166-1 alpha-2 code")
c("bad-state-code-unassigned", '"states":["KG"]', '"states":['+M+'"XK"]', "/rotationExceptions/0/states/0", "states: 'XK' is not an assigned upper-case ISO 3166-1 alpha-2 code")
c("bad-state-code-alpha3", '"proposerState":"CN"', '"proposerState":'+M+'"CHN"', "/initiatives/0/proposerState", "proposerState: 'CHN' is not an assigned")
# format field
c("wrong-format-version", '"format":"sco-dataset/1"', '"format":'+M+'"sco-dataset/2"', "/format", "format: 'sco-dataset/2' is not supported, expected 'sco-dataset/1'")
# date ranges
c("term-two-ends", '{"start":"2025-09-01","ongoing":true}', M+'{"start":"2025-09-01","end":"2026-09-01","ongoing":true}', "/presidencies/0/term", "term: exactly one of 'end', 'ongoing' or 'endUnknown' is required, 2 given")
c("term-no-end", '{"start":"2025-09-01","ongoing":true}', M+'{"start":"2025-09-01"}', "/presidencies/0/term", "term: exactly one of 'end', 'ongoing' or 'endUnknown' is required, 0 given")
c("term-ongoing-false", '"ongoing":true', '"ongoing":'+M+'false', "/presidencies/0/term/ongoing", "ongoing: expected true (omit the field otherwise), was false")
c("term-end-before-start", '{"start":"2025-01-01","end":"2028-01-01"}', M+'{"start":"2025-01-01","end":"2024-12-31"}', "/officials/0/term", "invalid term: end: 2024-12-31 is before start 2025-01-01")
# model (builder) checks
c("model-end-before-start", MEET, M+MEET, "/meetings/0", None)
cases.pop()
c("model-meeting-end-before-start", '"endDate":"2025-09-01"', '"endDate":"2025-08-01"', "/meetings/0", "invalid meeting: endDate: 2025-08-01 is before startDate 2025-08-31")
c("model-ordinal-zero", '"ordinal":25', '"ordinal":0', "/meetings/0", "invalid meeting: ordinal: 0 is below 1")
c("model-participant-state-and-organisation", '{"organisation":"Secretariat"}', M+'{"organisation":"Secretariat","state":"KG"}', "/meetings/0/participants/1", "invalid participant: state/organisation: exactly one must be present")
c("model-participant-twice", '{"organisation":"Secretariat"}', '{"state":"CN"}', "/meetings/0", "invalid meeting: participants: duplicate value 'CN'")
c("model-blank-name", '"nameEn":"State B"', '"nameEn":"  "', "/states/1", "invalid state: nameEn: must not be blank")
c("model-bad-iso3", '"nameZh":"Guojia B"', '"nameZh":"Guojia B","iso3":"kg"', "/states/1", "invalid state: iso3: 'kg' is not three capital letters")
c("model-bad-wikidata-id", '"nameZh":"Guojia B"', '"nameZh":"Guojia B","wikidataId":"813"', "/states/1", "invalid state: wikidataId: '813' is not a Wikidata item")
c("model-cow-code-zero", '"nameZh":"Guojia B"', '"nameZh":"Guojia B","cowCode":0', "/states/1", "invalid state: cowCode: 0 is not a positive number")
c("model-invalid-id", '{"id":"i1","name"', M+'{"id":"i 1","name"', "/initiatives/0", "invalid initiative: id: 'i 1' is not a valid id")
c("model-bad-url", '"url":"https://example.org/a"', '"url":"ftp://example.org/a"', "/sources/0", "invalid source: url: 'ftp://example.org/a' is not an absolute http(s) URL")
c("model-duplicate-signatory", '"signatories":["CN","KG"]', '"signatories":["CN","CN"]', "/documents/0", "invalid document: signatories: duplicate value 'CN'")
c("model-empty-titles", '"titles":{"en":"Declaration A","ru":"Deklaratsiya A"}', '"titles":{}', "/documents/0", "invalid document: titles: at least one title is required")
c("model-no-presidencies", '"presidencies":["p1"]', '"presidencies":[]', "/rotationExceptions/0", "invalid rotation exception: presidencies: at least one term is required")
c("model-no-terms", '"presidencies":["p1"],', '', "/rotationExceptions/0", "invalid rotation exception: presidencies: at least one term is required")
c("model-duplicate-official-term", '"presidencies":["p1"]', '"presidencies":["p1"],"officials":["o1","o1"]', "/rotationExceptions/0", "invalid rotation exception: officials: duplicate value 'o1'")
c("wrong-type-officials-string", '"presidencies":["p1"]', '"presidencies":["p1"],"officials":'+M+'"o1"', "/rotationExceptions/0/officials", "officials: expected an array, was string 'o1'")
c("model-blank-venue-city", '"venue":{"city":"City"', '"venue":'+M+'{"city":""', "/meetings/0/venue", "invalid venue: city: must not be blank")
# accession steps (Model 2: an optional array, here inserted before the meetings)
STEP = '{"id":"a1","state":"KG","stage":"started","date":"2025-07-04","sources":["s1"]}'
def step(name, new_step, pointer, reason):
    c(name, '"meetings":[\n', '"accessionSteps":[\n' + new_step + '\n],\n"meetings":[\n', pointer, reason)
step("unknown-enum-accession-stage", STEP.replace('"stage":"started"', '"stage":'+M+'"acceding"'), "/accessionSteps/0/stage", "stage: 'acceding' is not one of none, started, memorandum_signed")
step("missing-accession-step-stage", M+STEP.replace('"stage":"started",', ''), "/accessionSteps/0", "accession step: missing required field 'stage'")
step("model-accession-stage-none", M+STEP.replace('"stage":"started"', '"stage":"none"'), "/accessionSteps/0", "invalid accession step: stage: a step reaches a stage")
step("unknown-field-accession-step", STEP.replace('"sources"', M+'"status":"observer","sources"'), "/accessionSteps/0/status", "accession step: unknown field 'status'")
# structure at the root
c("root-is-array", None, M+'[]', "", "dataset: expected an object, was an array")
c("root-is-string", None, M+'"sco-dataset/1"', "", "dataset: expected an object, was string 'sco-dataset/1'")
c("empty-file", None, M, "", "empty input: expected a dataset")
c("whitespace-only", None, '  \n  '+M, "", "empty input: expected a dataset")
c("trailing-object", 'TAIL', M+'{}', "", "trailing content after the dataset: an object")
c("trailing-number", 'TAIL', M+'1', "", "trailing content after the dataset: number 1")
# malformed JSON (positions are where the parser stands when it fails)
c("malformed-trailing-garbage", 'TAIL', M+'x', "", "malformed JSON: Unrecognized token 'x'")
c("malformed-trailing-comma", '"sources":["s1"]}\n],\n"presidencies"', '"sources":["s1"],'+M+'}\n],\n"presidencies"', "/meetings/0/sources", "malformed JSON: Unexpected character ('}'")
c("malformed-single-quotes", '"host":"CN"', '"host":'+M+'\'CN\'', "/meetings/0/host", "malformed JSON: Unexpected character (''' (code 39))")
c("malformed-comment", '"title":"Corpus base",', M+'/* c */"title":"Corpus base",', "/format", "malformed JSON: Unexpected character ('/'")
c("malformed-truncated", 'TRUNC', '', "/presidencies", "malformed JSON: Unexpected end-of-input")
c("malformed-unterminated-string", 'TRUNC2', '', "/meetings/0/title", "malformed JSON: Unexpected end-of-input")
c("malformed-leading-zero", '"ordinal":25', '"ordinal":0'+M+'25', "/meetings/0/ordinal", "malformed JSON: Invalid numeric value: Leading zeroes not allowed")
c("malformed-nan", '"ordinal":25', '"ordinal":NaN'+M, "/meetings/0/ordinal", "malformed JSON: Non-standard token 'NaN'")
c("malformed-control-char", '"note":"n"', '"note":"a'+M+'\x01b"', "/meetings/0/note", "malformed JSON: Illegal unquoted character")
c("malformed-bad-escape", '"note":"n"', '"note":"a\\'+M+'x"', "/meetings/0/note", "malformed JSON: Unrecognized character escape 'x'")
c("malformed-missing-colon", '"host":"CN"', '"host" '+M+'"CN"', "/meetings/0/host", "malformed JSON: Unexpected character ('\"'")
c("malformed-invalid-utf8", '"note":"n"', '"note":"a'+M+'\udcff"', "/meetings/0/note", "malformed JSON: Invalid UTF-8")
# applications (an optional array, here added after the rotation exceptions, on line 31)
APP = '{"id":"a1","state":"KG","sought":"observer","date":"2024","sources":["s1"]}'
def application(name, new_app, pointer, reason):
    c(name, '"Swapped."}\n]}', '"Swapped."}\n],\n"applications":[\n' + new_app + '\n]}', pointer, reason)
application("model-application-sought-acceding", APP.replace('"observer"', '"acceding"'), "/applications/0", "invalid application: sought: ACCEDING is not a status a state applies for")
application("unknown-enum-application-sought", APP.replace('"observer"', M+'"applicant"'), "/applications/0/sought", "sought: 'applicant' is not one of none, dialogue_partner")
application("missing-application-date", APP.replace(',"date":"2024"', ''), "/applications/0", "application: missing required field 'date'")
c("model-blank-looking-title", '"en":"Declaration A"', '"en":"\\u00a0\\u200b\\ufeff"', "/documents/0", "invalid document: titles.EN: must not be blank, was '\\u00a0\\u200b\\ufeff'")
c("model-nul-in-note", '"note":"n"', '"note":"a\\u0000b"', "/meetings/0", "invalid meeting: note: must not contain NUL, was 'a\\u0000b'")

os.makedirs(OUT, exist_ok=True)
open(os.path.join(OUT, 'base.json'), 'w').write(BASE)
rows = []
for name, old, new, pointer, reason in cases:
    if old is None:
        doc = new
    elif old == 'TAIL':
        doc = BASE.rstrip('\n') + ' ' + new + '\n'
    elif old == 'TRUNC':
        doc = BASE[:BASE.index('"presidencies":[') + len('"presidencies":[')] + M
    elif old == 'TRUNC2':
        doc = BASE[:BASE.index('"Summit"') + 4] + M
    else:
        assert BASE.count(old) >= 1, name
        doc = BASE.replace(old, new, 1)
    if M in doc:
        i = doc.index(M)
        before = doc[:i].encode('utf-8', 'surrogateescape')
        line = before.count(b'\n') + 1
        col = len(before) - (before.rfind(b'\n') + 1) + 1
        doc = doc.replace(M, '', 1)
    else:
        # position: the record start given by the pointer: found by hand below
        starts = {"/states/1": 4, "/sources/0": 7, "/statusChanges/0": 10, "/meetings/0": 13,
                  "/documents/0": 19, "/officials/0": 25, "/rotationExceptions/0": 28, "/applications/0": 31}
        line, col = (starts[pointer], 1) if pointer in starts else (None, None)
    data = doc.encode('utf-8', 'surrogateescape')
    with open(os.path.join(OUT, name + '.json'), 'wb') as f:
        f.write(data)
    rows.append([name, pointer, line, col, reason])

# Faults whose position is the start of the enclosing record: compute the record start from the pointer
import json as _j
def record_start(doc, name):
    return None
with open(os.path.join(OUT, 'expectations.tsv'), 'w') as f:
    f.write('# file\tpointer\tline\tcolumn\treason (a fragment of ScoJsonException.reason())\n')
    for name, pointer, line, col, reason in rows:
        f.write('\t'.join([name + '.json', pointer, str(line), str(col), reason]) + '\n')
print(len(rows))
