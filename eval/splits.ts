import { join } from "node:path";
import { z } from "zod";

/**
 * The gold sets, each scored and reported on its own:
 * - `tuning`: written with the code in view; rules may be tuned to make it pass.
 * - `independent`: written by someone who saw only the documents; never tune rules to it.
 * - `pdf`: about the 上海 PDFs, read off the rendered pages.
 * - `dev`: a second set written from the documents alone (株洲 samples and 上海 PDFs) by someone who
 *   saw neither code nor gold; open for tuning, so `independent` stays a fresh measure.
 * - `dev2`: a third set written the same way in session 5, in users' own words (everyday names for
 *   rows, compound and follow-up questions, prose counts); scored once before any change, then
 *   open for tuning like `dev`.
 * - `dev3`: a fourth set written the same way in session 9, weighted to computations, follow-ups
 *   and prose; scored once before any change made for it, then open for tuning.
 * - `dev4`: a fifth set written the same way in session 10 (188 items, all 13 documents); scored once
 *   before any change made for it, then open for tuning.
 * - `dev5`: a sixth set written the same way later in session 10 (200 items, weighted to computations,
 *   follow-ups and prose); scored once before any change made for it, then open for tuning.
 * - `dev6`: a seventh set written the same way in session 12 (200 items, all 13 documents); its first
 *   score was taken on arrival, before any change made for it, then open for tuning.
 * - `dev7`: an eighth set written the same way in session 13 (211 items, all 13 documents, weighted
 *   to computations, follow-ups and prose); first scored on arrival, then open for tuning.
 * - `dev8`: a ninth set written the same way in session 14 (206 items, all 13 documents, weighted
 *   to everyday wording, prose answers and refusals a careless system would answer); first scored
 *   on arrival, then open for tuning.
 * - `dev9`: a tenth set written the same way later in session 14 (206 items, all 13
 *   documents, the three kinds of users in equal measure); first scored on arrival, then open for tuning.
 * - `dev10`: an eleventh set written the same way in session 15 (206 items, all 13 documents,
 *   weighted to answers that need two figures or a figure from prose, one-change follow-ups and
 *   rambling wording); first scored on arrival, then open for tuning.
 * - `dev11`: a twelfth set written the same way in session 16 (208 items, all 13 documents,
 *   weighted to everyday words for table rows, two-figure answers and single rows deep in the
 *   tables); first scored on arrival, then open for tuning.
 * - `dev12`: a thirteenth set written the same way later in session 16 (212 items, all 13
 *   documents, weighted to computations asked in everyday words, often in two steps); first
 *   scored on arrival, then open for tuning.
 * - `dev13`: a fourteenth set written the same way later in session 16 (210 items, all 13
 *   documents, the three kinds of users in equal measure, every standard table); first scored
 *   on arrival, then open for tuning.
 * - `dev14`: a fifteenth set written the same way in session 17 (210 items, all 13 documents, in
 *   the words of people who do not know the tables: rows deep in the tables, the prose sections,
 *   two-step questions and vague unit names); first scored on arrival, then open for tuning.
 * - `dev15`: a sixteenth set written the same way later in session 17 (210 items, all 13
 *   documents, weighted to conversations that lean on earlier turns and short mobile-typed
 *   messages); first scored on arrival, then open for tuning.
 * - `dev16`: a seventeenth set written the same way in session 18 (210 items, all 13 documents,
 *   in the voice of council members and finance staff: derived indicators, comparisons, stated
 *   reasons and drafts); first scored on arrival, then open for tuning.
 * - `dev17`: an eighteenth set written the same way in session 19 (210 items, all 13 documents,
 *   in the voice of members of the public, journalists and students: everyday words, vague years,
 *   colloquial unit names, follow-ups); first scored on arrival, then open for tuning.
 * - `dev18`: a nineteenth set written the same way in session 20 (210 items, all 13 documents,
 *   in the voice of people's congress deputies, auditors and finance staff: abbreviations, subject
 *   codes, 口径, checks of totals, multi-step follow-ups); first scored on arrival, then open for tuning.
 * - `dev19`: a twentieth set written the same way in session 21 (210 items, all 13 documents, in
 *   the voice of other units' finance staff, the public on a phone and students: 口径, rarely read
 *   tables, nicknames and vague years, one-change follow-ups); first scored on arrival, then open for tuning.
 * - `dev20`: a twenty-first set written the same way in session 22 (210 items, all 13 documents, in
 *   the voice of auditors, journalists, people's congress deputies and phone voice input: checks of
 *   totals against parts and narrative against table, execution rates, Chinese numerals and filler
 *   words, rarely read lines); first scored on arrival, then open for tuning.
 * - `dev21`: a twenty-second set written the same way in session 23 (210 items, all 13 documents,
 *   in yes/no and threshold questions, traditional characters, mixed English and full-width digits,
 *   homophone slips of a pinyin input method, structure and ratio questions, 情况说明 drafts with
 *   their formulas, questions about the document itself); first scored on arrival, then open for tuning.
 * - `dev22`: a twenty-third set written the same way in session 24 (210 items, all 13 documents,
 *   in plain spoken words that never use the tables' terms, several asks and exclusions in one
 *   message, rounded and converted amounts, rankings and multiples across units, direction words
 *   (超支, 省下, 翻番), quoted sentences and numbers, pronoun follow-ups ending out of scope, noisy
 *   pasted messages); first scored on arrival, then open for tuning.
 * - `dev23`: a twenty-fourth set written the same way in session 25 (210 items, all 13 documents,
 *   in finance officers' table language and subject codes with checks that tables add up, students'
 *   definitions and yes/no existence questions, half-remembered names and relative years, Chinese
 *   numerals and "W"/"k", briefings' top-N, per-head and share-of-share figures, formal variance
 *   drafts, follow-ups that switch dimension, mixed English and voice-input homophones); first scored
 *   on arrival, then open for tuning.
 * - `dev24`: a twenty-fifth set written the same way in session 26 (210 items, all 13 documents,
 *   in wrong premises to correct, corrections inside a conversation, colloquial and regional speech
 *   and finance staff's abbreviations, zero and empty rows, thresholds and ranges, hypotheticals on
 *   disclosed figures, a figure's scale and unit, citizens' broad questions, buried questions);
 *   first scored on arrival, then open for tuning.
 * - `dev25`: a twenty-sixth set written the same way in session 27 (210 items, all 13 documents,
 *   in rankings and extremes, negations and remainders, formatting requests, years written other
 *   ways, typos and homophones, tables referred to by number or position, compound asks, pronouns
 *   and ellipsis in follow-ups, drafts for finance staff, robustness); first scored on arrival, then
 *   open for tuning.
 * - `dev26`: a twenty-seventh set written the same way in session 28 (210 items, all 13 documents,
 *   in the voices of people used to chat assistants (tables, sorting, one-line conclusions, sources
 *   asked), claims to check, approximate and relative amounts, per-unit and derived figures,
 *   definitions and questions about the document itself, conversations that correct or narrow,
 *   cross-city comparisons, everyday out-of-scope asks and robustness); first scored on arrival,
 *   then open for tuning.
 * - `dev27`: a twenty-eighth set written the same way in session 29 (210 items, all 13 documents,
 *   in several asks in one message, years relative to the document's, money said the way people
 *   say it, hypotheticals and forecasts, a council hearing's lists, students' definitions,
 *   headlines to check, follow-ups that change unit, year or body or challenge the answer,
 *   everyday out-of-scope asks and colloquial robustness); first scored on arrival, then open for
 *   tuning.
 * - `dev28`: a twenty-ninth set written the same way in session 30 (210 items, all 13 documents,
 *   in comparisons across units by gap, rate or change, drafts for a superior, the document's own
 *   tables and codes, yes/no and threshold questions, ratios and multiples, exclusions,
 *   three-turn conversations with pronouns, voice-typing slips, out-of-scope asks that look
 *   answerable and the reverse, definitions and "where does it say"); first scored on arrival,
 *   then open for tuning.
 * - `dev29`: a thirtieth set written the same way in session 31 (210 items, all 13 documents, in
 *   plain-language asks, checks that a document agrees with itself, top-N and filters within a
 *   document, structure shares and their movement, the detail inside 三公 and 机关运行经费, kinds
 *   and years mixed, memos built over three turns, opinions and forecasts, everyday out-of-scope
 *   asks, numerals and shortened names); first scored on arrival, then open for tuning.
 * - `dev30`: a thirty-first set written the same way in session 32 (210 items, all 13 documents,
 *   in the documents' contradictions asked head-on, unit conversions, editions and years of one
 *   body set side by side, follow-ups that switch unit or year mid-conversation, and everyday
 *   slips); first scored on arrival, then open for tuning.
 * - `dev31`: a thirty-second set written the same way in session 33 (210 items, all 13 documents,
 *   leaning to the less-read tables and attachments, sums across rows, follow-ups that change only
 *   the year or the kind, and figures worked back from a stated change); first scored on arrival,
 *   then open for tuning.
 * - `dev32`: a thirty-third set written the same way in session 34 (210 items, all 13 documents,
 *   no clarify items: where a question may be read two ways both figures are asked for); first
 *   scored on arrival, then open for tuning.
 * - `dev33`: a thirty-fourth set written the same way in session 35 (210 items, all 13 documents,
 *   two clarify items; its checker also requires each value near a cited line or on a cited page);
 *   first scored on arrival, then open for tuning.
 * - `dev34`: a thirty-fifth set written the same way in session 36 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `dev35`: a thirty-sixth set written the same way in session 37 (210 items, all 13 documents, two
 *   clarify items); first scored on arrival, then open for tuning.
 * - `dev36`: a thirty-seventh set written the same way in session 38 (210 items, all 13 documents, two
 *   clarify items); first scored on arrival, then open for tuning.
 * - `dev37`: a thirty-eighth set written the same way in session 39 (210 items, all 13 documents, two
 *   clarify items); first scored on arrival, then open for tuning.
 * - `dev38`: a thirty-ninth set written the same way in session 40 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `dev39`: a fortieth set written the same way in session 41 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `dev40`: a forty-first set written the same way in session 42 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `dev41`: a forty-second set written the same way in session 43 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `dev42`: a forty-third set written the same way in session 43 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `dev43`: a forty-fourth set written the same way in session 44 (210 items, all 13 documents, two
 *   clarify items); first scored on arrival, then open for tuning.
 * - `dev44`: a forty-fifth set written the same way in session 45 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `unseen-md`, `unseen-budget`: 40 items each about a document written for the tests by a helper who
 *   saw only the sample documents, in formats the code had not read (a county education bureau's final
 *   accounts converted to Markdown; a county health bureau's budget in another province's template,
 *   saved as text by a word processor), scored on an index of that document alone; first scored on
 *   arrival (session 45), then open for tuning.
 * - `unseen-pdf`, `unseen-tsv`: two more written the same way in session 46 (each folder's NOTES.md is
 *   its writer's account of the document and its planted errors): a Sichuan county water bureau's
 *   final accounts as a PDF printed by Chromium, and a Guangdong city civil-affairs bureau's budget as
 *   a spreadsheet's tab-separated text export (BOM, CRLF); first scored on arrival, then open for tuning.
 * - `unseen-pdf2`: one more, written late in session 46 and scored on arrival only: a Zhejiang city
 *   agriculture bureau's budget printed to PDF (tables first, some without rulings, 表5 carried over).
 * - `dev45`: a forty-sixth set written the same way in session 46 (210 items, all 13 documents, two
 *   clarify items); first scored on arrival, then open for tuning.
 * - `unseen-pdf3`: one more, written in session 47: a Beijing district emergency-management bureau's
 *   final accounts printed to PDF by Chromium, the tables on landscape pages in 元 with thousands
 *   separators and the narrative in 万元; first scored on arrival, then open for tuning.
 * - `unseen-md2`: one more, written later in session 47: a Shandong city culture-and-tourism bureau's
 *   budget converted to Markdown by pandoc (grid tables with cells wrapped over lines, simple tables,
 *   footnotes, escapes); first scored on arrival, then open for tuning.
 * - `dev46`: a forty-seventh set written the same way in session 47 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `unseen-pdf4`: one more, written in session 48: a Henan county market-regulation bureau's final
 *   accounts in the national template (公开01表–公开09表, 行次 and 栏次 columns, tables in 元 on landscape
 *   pages, each carried over a page break); first scored on arrival, then open for tuning.
 * - `dev47`: a forty-eighth set written the same way in session 48 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `unseen-txt2`: one more, written later in session 48: an Inner Mongolia banner natural-resources
 *   bureau's budget as `pdftotext -layout` text (form feeds between pages, running headers, wrapped
 *   subject names, projects listed by the body that carries them); first scored on arrival, then open
 *   for tuning.
 * - `dev48`: a forty-ninth set written the same way in session 49 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `unseen-pdf5`: one more, written in session 49: a Guangdong district health bureau's final accounts
 *   written in LibreOffice Writer and printed to PDF by it (running headers and page numbers from
 *   Writer, tables in 元 and 万元, 类/款/项 codes in three columns in some tables, continued tables with
 *   their headers repeated); first scored on arrival, then open for tuning.
 * - `unseen-docx`: one more, written later in session 49: a Yunnan county transport bureau's budget as a
 *   Word document (.docx) saved by LibreOffice (real Word tables with merged header cells, header rows
 *   repeated, running headers in Word's header parts, tables numbered 预算01-1表 … 预算09表); first
 *   scored on arrival, then open for tuning.
 * - `unseen-docx-q2` and `unseen-pdf5-q2`: a second question set on each of those two documents, written
 *   in session 50 by a helper who saw only the documents and DOMAIN.md (not the code, not the first
 *   sets), after the first sets had been tuned: how far that tuning carries to other people's
 *   questions on the same document. First scored on arrival, then open for tuning.
 * - `unseen-html`: one more, written in session 50: a Fujian city housing bureau's final accounts as a
 *   web page saved from a government portal (GBK with a gb2312 meta tag, the site's menus, breadcrumb
 *   and footer around the article, tables with colspan/rowspan, one table split into two by the CMS);
 *   first scored on arrival, then open for tuning.
 * - `unseen-xlsx`: one more, written in session 50: a Jiangxi county agriculture bureau's budget as an
 *   Excel workbook (one sheet per table, amounts as numbers through number formats, totals as formulas
 *   with saved results, merged headers, a hidden column, a header block repeated part-way down a sheet,
 *   the narrative as one paragraph per row); first scored on arrival, then open for tuning.
 * - `unseen-html-q2` and `unseen-xlsx-q2`: a second question set on each of those two documents, written
 *   later in session 50 by a helper who saw only the documents and DOMAIN.md, after the first sets had
 *   been tuned. First scored on arrival, then open for tuning.
 * - `unseen-pdf6`: one more, written in session 51: a Sichuan street office's budget as a PDF joined
 *   from a Writer narrative (portrait, 万元) and Calc tables printed landscape (元 with thousands
 *   separators, merged three-row headers, header rows repeated on a table's second page, 类/款/项 in
 *   columns of their own); first scored on arrival, then open for tuning.
 * - `unseen-docx2`: one more, written in session 51: a Shandong county education bureau's final
 *   accounts as a Word document (seventeen subordinate schools and centres, a table of each one's
 *   spending, three-row merged headers, a two-sided 收入支出决算总表, a 续表, landscape sections, one
 *   table in 元); first scored on arrival, then open for tuning.
 * - `unseen-html2`: one more, written in session 52: a Guangdong city health bureau's budget as the
 *   government website's saved HTML page (site chrome around it, CMS tables with rowspan/colspan and
 *   &nbsp; blanks, two tables split with a 续表, the 三公 table in 元, eleven subordinate hospitals and
 *   centres with a row each in the income and spending tables); first scored on arrival, then open
 *   for tuning.
 * - `unseen-pdf7`: one more, written in session 52: a Zhejiang county-level city market-regulation
 *   bureau's final accounts, a Writer document printed to PDF (portrait and landscape sections, tables
 *   continued with their headers repeated, blank / '-' / '0.00' cells, a wrapped 科目名称, nine town
 *   offices and four centres with their staff); first scored on arrival, then open for tuning.
 * - `unseen-xlsx2`: one more, written in session 53: a Hunan county water bureau's final accounts as
 *   an Excel workbook, one sheet per table as the 决算 software exports it (codes as text in some sheets
 *   and numbers in others, two blocks side by side on the basic-spending sheet, a 续表, the narrative
 *   down one merged column of its last sheet); first scored on arrival, then open for tuning.
 * - `unseen-pdf8`: one more, written in session 53: a Shaanxi provincial sports bureau's budget as a
 *   Writer document printed to PDF, every table in 元 and the narrative in 万元 (landscape tables, a
 *   收入总表 by body for eight institutions, an untemplated 政府采购预算表, a 其中 column beside 项目支出);
 *   first scored on arrival, then open for tuning.
 * - `unseen-docx3`: one more, written in session 54: a Chongqing district veterans-affairs bureau's
 *   budget as a Word document in Word's own XML (runs split inside words and numbers, a TOC field,
 *   the cover in a text box, headings numbered by Word, merged header cells, a 续表, the 三公 table
 *   in 元); first scored on arrival, then open for tuning.
 * - `unseen-pdf9`: one more, written in session 54: a Jiangsu city ecology-and-environment bureau's
 *   final accounts as a reporting system draws them (each cell's text placed on its own in ruled
 *   cells, wrapped subject names around centred amounts, 元 and 万元 tables, 续 pages); first scored
 *   on arrival, then open for tuning.
 * - `unseen-pdf10`: one more, written in session 55: a Guizhou county housing-and-construction bureau's
 *   final accounts whose table pages are portrait pages stored with /Rotate 90 (one 270), drawn sideways,
 *   and whose narrative is set one glyph at a time; tables in 元, one in 万元; first scored on arrival,
 *   then open for tuning.
 * - `unseen-html3`: one more, written in session 55: two documents of one body, a Guangxi city transport
 *   bureau's 2024 final accounts and 2025 budget, as web pages saved by Word ("网页，筛选过", GB2312):
 *   questions across the two years (a budget set against last year's actual), a body merged between
 *   them, a 续表 under a lone mark; first scored on arrival, then open for tuning.
 * - `unseen-pdf11`: one more, written in session 56: a Yunnan county health bureau's final accounts as a
 *   scanned paper document made searchable by OCR (every page an image, an invisible word-by-word text
 *   layer scaled to each word's box, no vector rulings, numbers split where the scan had a gap, full-
 *   and half-width punctuation mixed); first scored on arrival, then open for tuning.
 * - `unseen-md3`: one more, written in session 56: a Jiangxi city ecology-and-environment bureau's budget
 *   as a PDF-to-Markdown tool leaves it (tables as one-line HTML with rowspan and colspan, a table split
 *   where the page broke with the running header between, percentages in LaTeX, a cell's overflow merged
 *   into the next); first scored on arrival, then open for tuning.
 * - `unseen-ofd`: one more, written in session 57: an Anhui county human-resources bureau's final accounts
 *   as an OFD file (GB/T 33190, the fixed-layout format Chinese portals publish beside PDF): text objects
 *   placed by Boundary, CTM and DeltaX (some in the g form), two cells in one TextCode, rulings as paths
 *   (a rectangle per cell, or a line each), one table without rulings, objects written column by
 *   column, a template page for the running header, landscape table pages; first scored on arrival
 *   (unreadable before the OFD reader; then on the reader alone), then open for tuning.
 * - `unseen-pdf12`: one more, written in session 57: a Hubei city emergency-management bureau's budget
 *   as a PDF printed from a spreadsheet: two wide tables printed across two pages column-wise (one with
 *   the name column repeated, one with only numbers on its second page), per-sheet page counts, the
 *   合计 row first; first scored on arrival, then open for tuning.
 * - `unseen-doc`: one more, written in session 58: a Sichuan county water bureau's final accounts as a
 *   Word 97–2003 binary document (.doc) saved by LibreOffice: the narrative first and the tables last
 *   as 附表, headings 一 to 七 numbered by Word's lists and the rest typed, a header and a page-number
 *   field, one table in 元, a footnote; first scored on arrival (unreadable before the .doc reader;
 *   then on the reader alone), then open for tuning.
 * - `unseen-doc2`: one more, written in session 58: a Heilongjiang city water bureau's budget as a Word
 *   97–2003 binary document (.doc) saved by LibreOffice: the cover's title in a text frame, wide tables
 *   on landscape pages whose rows' properties sit in the Data stream, two small tables typed as tab-
 *   separated lines, a table split by hand with its header repeated, tables numbered 表一 … 表十; first
 *   scored on arrival (unreadable before the .doc reader; then on the reader alone), then open for tuning.
 * - `unseen-doc-q2`: a second set of 40 questions on unseen-doc's document, by a helper who saw only it
 *   and DOMAIN.md, written after the first set had been tuned (session 58): how far that tuning carries.
 * - `unseen-xls`: one more, written in session 58: a Henan county natural-resources bureau's budget as an
 *   Excel 97–2003 workbook (.xls, BIFF8): the narrative on a first sheet one paragraph a row, a sheet per
 *   table, SUM formulas with their saved results, number formats with and without thousands separators
 *   and an accounting format's dash for zero, a hidden column, codes as text and as numbers, a table
 *   continued on a second sheet; first scored on arrival (unreadable before the .xls reader; then on the
 *   reader alone), then open for tuning.
 * - `unseen-xls-q2`: a second set of 40 questions on unseen-xls's document, by a helper who saw only it
 *   and DOMAIN.md, written after the first set had been tuned (session 59); first scored on arrival,
 *   then open for tuning.
 * - `dev49`: a fiftieth set written the same way in session 59 (210 items, all 13 documents, one
 *   clarify item); first scored on arrival, then open for tuning.
 * - `unseen-pdf12-q2`, `unseen-pdf10-q2`: a second set of 40 questions on each of those two PDFs, each by
 *   a helper who saw only the document and DOMAIN.md (session 59); first scored on arrival, then open
 *   for tuning.
 * - `unseen-md3-q2`, `unseen-doc2-q2`, `unseen-pdf11-q2`: a second set of 40 questions on unseen-md3's,
 *   unseen-doc2's and unseen-pdf11's documents, each by a helper who saw only the document and DOMAIN.md (session 60); first scored on
 *   arrival, then open for tuning.
 * - `unseen-pdf13`: one more, written in session 60: a Hebei county audit bureau's final accounts as a
 *   PDF whose table pages are landscape pages stored portrait with /Rotate 90 (content drawn rotated),
 *   the 财政部 final-accounts template with 行次 and 栏次 numbers beside the amounts, one table in 元,
 *   tables continued with their header repeated; first scored on arrival, then open for tuning.
 * - `unseen-pdf13-q2`, `unseen-md2-q2`: a second set of 40 questions on unseen-pdf13's and unseen-md2's
 *   documents, each by a helper who saw only the document and DOMAIN.md, written late in session 60
 *   and first scored on that session's commit d5aa1fa (unseen-pdf13's first set then at 100 %).
 * - `unseen-ofd-q2`, `unseen-html2-q2`, `unseen-pdf9-q2`, `unseen-pdf-q2`: a second set of 40 questions on
 *   unseen-ofd's, unseen-html2's, unseen-pdf9's and unseen-pdf's documents, each by a helper who saw only
 *   the document and DOMAIN.md (session 61); first scored on arrival, then open for tuning.
 * - `unseen-ods`, `unseen-odt`: two more documents written in session 61, in formats the code had not
 *   read: a Liaoning autonomous county's natural-resources bureau's budget as a LibreOffice Calc
 *   workbook (.ods), and a Shanxi county natural-resources bureau's final accounts as a LibreOffice
 *   Writer document (.odt); first scored on arrival (unreadable), then on the OpenDocument reader
 *   alone, then open for tuning.
 * - `unseen-docx4`: one more document, written in session 62: a Ningxia city water bureau's budget as a
 *   Word document that prints, after the department's own tables and narrative, each of its three
 *   subordinate bodies' own budget (收支总表, 支出总表, 三公 table and a short narrative), the bodies
 *   called by short names declared in the text ("以下简称") or only used in tables; first scored on
 *   arrival, then open for tuning.
 * - `unseen-html3-q2`, `unseen-pdf2-q2`, `unseen-txt2-q2`, `unseen-xlsx2-q2`, `unseen-odt-q2`: a second set
 *   of 40 questions on those splits' documents, each by a helper who saw only the document and
 *   DOMAIN.md (session 62); first scored on arrival, then open for tuning.
 * - `unseen-zip`: one more document, written in session 63, in a form the code had not read: a Yunnan
 *   county civil-affairs bureau's budget published as a .zip archive of a Word narrative, an Excel
 *   97–2003 workbook with one sheet per table and a performance-target workbook, the members named in
 *   GBK without the UTF-8 flag; first scored on arrival (unreadable), then on the archive reader alone,
 *   then open for tuning.
 * - `unseen-budget-q2`, `unseen-pdf3-q2`, `unseen-ods-q2`, `unseen-tsv-q2`, `unseen-docx4-q2`,
 *   `unseen-docx2-q2`, `unseen-docx3-q2`, `unseen-pdf4-q2`, `unseen-md-q2`: a second set of 40 questions on
 *   those splits' documents, each by a helper who saw only the document and DOMAIN.md (session 63);
 *   first scored on arrival, then open for tuning.
 * - `unseen-pdf6-q2`, `unseen-pdf7-q2`, `unseen-pdf8-q2`, `unseen-zip-q2`: a second set of 40 questions on
 *   those splits' documents, likewise (session 64); first scored on arrival, then open for tuning.
 * - `unseen-html4`, `unseen-pdf14`: two more documents, written in session 64: a city veterans' bureau's
 *   budget as the saved page of a WeChat official-account article, and a 贵州 township government's
 *   final accounts printed by Chromium with landscape and rotated table pages and its widest table's
 *   columns across two pages; first scored on arrival, then open for tuning.
 * - `unseen-html4-q2`, `unseen-pdf14-q2`: a second set of 40 questions on those two documents, likewise
 *   (session 64, scored on arrival at the session's first commit).
 * - `unseen-xlsx3`: one more document, written in session 64: a 江西 county natural-resources bureau's
 *   final accounts as an Excel workbook whose one sheet stacks every table and then the narrative;
 *   first scored on arrival, then open for tuning.
 * - `unseen-xlsx3-q2`: a second set of 40 questions on that workbook (session 65).
 * - `unseen-mht`, `unseen-wps`, `unseen-et`: three documents written in session 65, each in a format
 *   read for the first time that session: a county justice bureau's budget as Word's single-file web
 *   page (.mht), a county housing bureau's final accounts as a WPS Office document (.wps) and a county
 *   health bureau's budget as a WPS Office workbook (.et); first scored on arrival (no reader took
 *   them), then open for tuning.
 * - `unseen-pdf15`: a county finance bureau's account of all 37 county departments' 三公经费 (one row a
 *   department), session 65; refused at ingest when first scored, then open for tuning.
 * - `unseen-pdf16`: a county education bureau's budget over 24 units, its income and spending tables
 *   by unit, session 65; first scored on arrival, then open for tuning.
 * - `unseen-mht-q2`, `unseen-wps-q2`, `unseen-et-q2`, `unseen-pdf15-q2`, `unseen-pdf16-q2`: a second set
 *   of 40 questions on each of those five documents (session 65, scored on arrival at the session's
 *   first commit).
 * - `unseen-7z`, `unseen-rtf`, `unseen-pdf17`, `unseen-docx5`: four more documents, written in session
 *   66 by helpers who saw only DOMAIN.md and the sample corpus: a town government's final accounts as
 *   a .7z of a Word narrative and workbooks, a county library's unit budget as Word's RTF, a street
 *   office's budget as one PDF joined from a Word narrative and spreadsheet tables in 元, and a city
 *   agriculture bureau's final accounts over seven units as a WPS-written .docx; first scored on
 *   arrival (no reader took the first two), then open for tuning.
 * - `unseen-pdf16-q3`, `unseen-pdf15-q3`, `unseen-mht-q3`: a third set of 40 questions on each of
 *   those three documents (session 66, scored on arrival at the session's start).
 * - `unseen-csv`: a city market-supervision bureau's budget as an open-data portal's .zip of CSV
 *   tables (session 66), first scored on arrival with its CSV members unread, then open for tuning.
 * - `unseen-7z-q2`, `unseen-rtf-q2`, `unseen-pdf17-q2`, `unseen-docx5-q2`: a second set of 40
 *   questions on each of those four documents (session 66, scored on arrival at its first commit).
 */
export const Split = z.enum([
  "tuning",
  "independent",
  "pdf",
  "dev",
  "dev2",
  "dev3",
  "dev4",
  "dev5",
  "dev6",
  "dev7",
  "dev8",
  "dev9",
  "dev10",
  "dev11",
  "dev12",
  "dev13",
  "dev14",
  "dev15",
  "dev16",
  "dev17",
  "dev18",
  "dev19",
  "dev20",
  "dev21",
  "dev22",
  "dev23",
  "dev24",
  "dev25",
  "dev26",
  "dev27",
  "dev28",
  "dev29",
  "dev30",
  "dev31",
  "dev32",
  "dev33",
  "dev34",
  "dev35",
  "dev36",
  "dev37",
  "dev38",
  "dev39",
  "dev40",
  "dev41",
  "dev42",
  "dev43",
  "dev44",
  "dev45",
  "dev46",
  "unseen-md",
  "unseen-budget",
  "unseen-pdf",
  "unseen-tsv",
  "unseen-pdf2",
  "unseen-pdf3",
  "unseen-md2",
  "unseen-pdf4",
  "dev47",
  "unseen-txt2",
  "dev48",
  "unseen-pdf5",
  "unseen-docx",
  "unseen-docx-q2",
  "unseen-pdf5-q2",
  "unseen-html",
  "unseen-xlsx",
  "unseen-html-q2",
  "unseen-xlsx-q2",
  "unseen-pdf6",
  "unseen-docx2",
  "unseen-html2",
  "unseen-pdf7",
  "unseen-xlsx2",
  "unseen-pdf8",
  "unseen-docx3",
  "unseen-pdf9",
  "unseen-pdf10",
  "unseen-html3",
  "unseen-pdf11",
  "unseen-md3",
  "unseen-ofd",
  "unseen-pdf12",
  "unseen-doc",
  "unseen-doc2",
  "unseen-doc-q2",
  "unseen-xls",
  "unseen-xls-q2",
  "dev49",
  "unseen-pdf12-q2",
  "unseen-pdf10-q2",
  "unseen-md3-q2",
  "unseen-doc2-q2",
  "unseen-pdf11-q2",
  "unseen-pdf13",
  "unseen-pdf13-q2",
  "unseen-md2-q2",
  "unseen-ofd-q2",
  "unseen-html2-q2",
  "unseen-pdf9-q2",
  "unseen-pdf-q2",
  "unseen-ods",
  "unseen-odt",
  "unseen-docx4",
  "unseen-html3-q2",
  "unseen-pdf2-q2",
  "unseen-txt2-q2",
  "unseen-xlsx2-q2",
  "unseen-odt-q2",
  "unseen-budget-q2",
  "unseen-pdf3-q2",
  "unseen-ods-q2",
  "unseen-tsv-q2",
  "unseen-docx4-q2",
  "unseen-zip",
  "unseen-docx3-q2",
  "unseen-pdf4-q2",
  "unseen-md-q2",
  "unseen-docx2-q2",
  "unseen-pdf6-q2",
  "unseen-pdf7-q2",
  "unseen-pdf8-q2",
  "unseen-zip-q2",
  "unseen-html4",
  "unseen-pdf14",
  "unseen-html4-q2",
  "unseen-pdf14-q2",
  "unseen-xlsx3",
  "unseen-xlsx3-q2",
  "unseen-et",
  "unseen-pdf15",
  "unseen-wps",
  "unseen-pdf16",
  "unseen-mht",
  "unseen-mht-q2",
  "unseen-wps-q2",
  "unseen-et-q2",
  "unseen-pdf15-q2",
  "unseen-pdf16-q2",
  "unseen-pdf16-q3",
  "unseen-pdf15-q3",
  "unseen-mht-q3",
  "unseen-pdf17",
  "unseen-7z",
  "unseen-docx5",
  "unseen-rtf",
  "unseen-pdf17-q2",
  "unseen-docx5-q2",
  "unseen-rtf-q2",
  "unseen-7z-q2",
  "unseen-csv",
]);
export type Split = z.infer<typeof Split>;

export interface SplitInfo {
  /** Folder of *.jsonl files (not recursive). */
  dir: string;
  /**
   * The corpus its items were written for: `samples` (the four 株洲 exports in data/docs: "三个单位"
   * means those three) is scored on an index of those alone; `configured` on the configured index
   * (DOCS_DIR: the samples and the 上海 PDFs by default); `files` on an index of those documents
   * alone (paths from the repository's root: documents written for the tests, never in DOCS_DIR).
   */
  corpus: "samples" | "configured" | { files: readonly string[] };
  /** Held out: reported, never used to tune rules, not gated by the thresholds. */
  heldOut: boolean;
}

const GOLD = join(import.meta.dirname, "gold");

export const SPLITS: Record<Split, SplitInfo> = {
  tuning: { dir: GOLD, corpus: "samples", heldOut: false },
  independent: { dir: join(GOLD, "independent"), corpus: "configured", heldOut: true },
  pdf: { dir: join(GOLD, "pdf"), corpus: "configured", heldOut: false },
  dev: { dir: join(GOLD, "dev"), corpus: "configured", heldOut: false },
  dev2: { dir: join(GOLD, "dev2"), corpus: "configured", heldOut: false },
  dev3: { dir: join(GOLD, "dev3"), corpus: "configured", heldOut: false },
  dev4: { dir: join(GOLD, "dev4"), corpus: "configured", heldOut: false },
  dev5: { dir: join(GOLD, "dev5"), corpus: "configured", heldOut: false },
  dev6: { dir: join(GOLD, "dev6"), corpus: "configured", heldOut: false },
  dev7: { dir: join(GOLD, "dev7"), corpus: "configured", heldOut: false },
  dev8: { dir: join(GOLD, "dev8"), corpus: "configured", heldOut: false },
  dev9: { dir: join(GOLD, "dev9"), corpus: "configured", heldOut: false },
  dev10: { dir: join(GOLD, "dev10"), corpus: "configured", heldOut: false },
  dev11: { dir: join(GOLD, "dev11"), corpus: "configured", heldOut: false },
  dev12: { dir: join(GOLD, "dev12"), corpus: "configured", heldOut: false },
  dev13: { dir: join(GOLD, "dev13"), corpus: "configured", heldOut: false },
  dev14: { dir: join(GOLD, "dev14"), corpus: "configured", heldOut: false },
  dev15: { dir: join(GOLD, "dev15"), corpus: "configured", heldOut: false },
  dev16: { dir: join(GOLD, "dev16"), corpus: "configured", heldOut: false },
  dev17: { dir: join(GOLD, "dev17"), corpus: "configured", heldOut: false },
  dev18: { dir: join(GOLD, "dev18"), corpus: "configured", heldOut: false },
  dev19: { dir: join(GOLD, "dev19"), corpus: "configured", heldOut: false },
  dev20: { dir: join(GOLD, "dev20"), corpus: "configured", heldOut: false },
  dev21: { dir: join(GOLD, "dev21"), corpus: "configured", heldOut: false },
  dev22: { dir: join(GOLD, "dev22"), corpus: "configured", heldOut: false },
  dev23: { dir: join(GOLD, "dev23"), corpus: "configured", heldOut: false },
  dev24: { dir: join(GOLD, "dev24"), corpus: "configured", heldOut: false },
  dev25: { dir: join(GOLD, "dev25"), corpus: "configured", heldOut: false },
  dev26: { dir: join(GOLD, "dev26"), corpus: "configured", heldOut: false },
  dev27: { dir: join(GOLD, "dev27"), corpus: "configured", heldOut: false },
  dev28: { dir: join(GOLD, "dev28"), corpus: "configured", heldOut: false },
  dev29: { dir: join(GOLD, "dev29"), corpus: "configured", heldOut: false },
  dev30: { dir: join(GOLD, "dev30"), corpus: "configured", heldOut: false },
  dev31: { dir: join(GOLD, "dev31"), corpus: "configured", heldOut: false },
  dev32: { dir: join(GOLD, "dev32"), corpus: "configured", heldOut: false },
  dev33: { dir: join(GOLD, "dev33"), corpus: "configured", heldOut: false },
  dev34: { dir: join(GOLD, "dev34"), corpus: "configured", heldOut: false },
  dev35: { dir: join(GOLD, "dev35"), corpus: "configured", heldOut: false },
  dev36: { dir: join(GOLD, "dev36"), corpus: "configured", heldOut: false },
  dev37: { dir: join(GOLD, "dev37"), corpus: "configured", heldOut: false },
  dev38: { dir: join(GOLD, "dev38"), corpus: "configured", heldOut: false },
  dev39: { dir: join(GOLD, "dev39"), corpus: "configured", heldOut: false },
  dev40: { dir: join(GOLD, "dev40"), corpus: "configured", heldOut: false },
  dev41: { dir: join(GOLD, "dev41"), corpus: "configured", heldOut: false },
  dev42: { dir: join(GOLD, "dev42"), corpus: "configured", heldOut: false },
  dev43: { dir: join(GOLD, "dev43"), corpus: "configured", heldOut: false },
  dev44: { dir: join(GOLD, "dev44"), corpus: "configured", heldOut: false },
  dev45: { dir: join(GOLD, "dev45"), corpus: "configured", heldOut: false },
  dev46: { dir: join(GOLD, "dev46"), corpus: "configured", heldOut: false },
  "unseen-md": {
    dir: join(GOLD, "unseen-md"),
    corpus: { files: ["ingest/fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md"] },
    heldOut: false,
  },
  "unseen-budget": {
    dir: join(GOLD, "unseen-budget"),
    corpus: { files: ["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"] },
    heldOut: false,
  },
  "unseen-pdf": {
    dir: join(GOLD, "unseen-pdf"),
    corpus: { files: ["ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-tsv": {
    dir: join(GOLD, "unseen-tsv"),
    corpus: { files: ["ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt"] },
    heldOut: false,
  },
  "unseen-pdf2": {
    dir: join(GOLD, "unseen-pdf2"),
    corpus: { files: ["ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf3": {
    dir: join(GOLD, "unseen-pdf3"),
    corpus: { files: ["ingest/fixtures/unseen/beijing-fangshan-yjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-md2": {
    dir: join(GOLD, "unseen-md2"),
    corpus: { files: ["ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md"] },
    heldOut: false,
  },
  "unseen-pdf4": {
    dir: join(GOLD, "unseen-pdf4"),
    corpus: { files: ["ingest/fixtures/unseen/songyang-scjgj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  dev47: { dir: join(GOLD, "dev47"), corpus: "configured", heldOut: false },
  dev48: { dir: join(GOLD, "dev48"), corpus: "configured", heldOut: false },
  "unseen-txt2": {
    dir: join(GOLD, "unseen-txt2"),
    corpus: { files: ["ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt"] },
    heldOut: false,
  },
  "unseen-pdf5": {
    dir: join(GOLD, "unseen-pdf5"),
    corpus: { files: ["ingest/fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-docx": {
    dir: join(GOLD, "unseen-docx"),
    corpus: { files: ["ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx"] },
    heldOut: false,
  },
  "unseen-docx-q2": {
    dir: join(GOLD, "unseen-docx-q2"),
    corpus: { files: ["ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx"] },
    heldOut: false,
  },
  "unseen-pdf5-q2": {
    dir: join(GOLD, "unseen-pdf5-q2"),
    corpus: { files: ["ingest/fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-html": {
    dir: join(GOLD, "unseen-html"),
    corpus: { files: ["ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html"] },
    heldOut: false,
  },
  "unseen-xlsx": {
    dir: join(GOLD, "unseen-xlsx"),
    corpus: { files: ["ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx"] },
    heldOut: false,
  },
  "unseen-html-q2": {
    dir: join(GOLD, "unseen-html-q2"),
    corpus: { files: ["ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html"] },
    heldOut: false,
  },
  "unseen-xlsx-q2": {
    dir: join(GOLD, "unseen-xlsx-q2"),
    corpus: { files: ["ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx"] },
    heldOut: false,
  },
  "unseen-pdf6": {
    dir: join(GOLD, "unseen-pdf6"),
    corpus: { files: ["ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-docx2": {
    dir: join(GOLD, "unseen-docx2"),
    corpus: { files: ["ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx"] },
    heldOut: false,
  },
  "unseen-html2": {
    dir: join(GOLD, "unseen-html2"),
    corpus: { files: ["ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html"] },
    heldOut: false,
  },
  "unseen-pdf7": {
    dir: join(GOLD, "unseen-pdf7"),
    corpus: { files: ["ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-xlsx2": {
    dir: join(GOLD, "unseen-xlsx2"),
    corpus: { files: ["ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx"] },
    heldOut: false,
  },
  "unseen-pdf8": {
    dir: join(GOLD, "unseen-pdf8"),
    corpus: { files: ["ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-docx3": {
    dir: join(GOLD, "unseen-docx3"),
    corpus: { files: ["ingest/fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx"] },
    heldOut: false,
  },
  "unseen-pdf9": {
    dir: join(GOLD, "unseen-pdf9"),
    corpus: { files: ["ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf11": {
    dir: join(GOLD, "unseen-pdf11"),
    corpus: { files: ["ingest/fixtures/unseen/midu-wjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-ofd": {
    dir: join(GOLD, "unseen-ofd"),
    corpus: { files: ["ingest/fixtures/unseen/huaining-rsj-2024-juesuan.ofd"] },
    heldOut: false,
  },
  "unseen-pdf12": {
    dir: join(GOLD, "unseen-pdf12"),
    corpus: { files: ["ingest/fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-doc": {
    dir: join(GOLD, "unseen-doc"),
    corpus: { files: ["ingest/fixtures/unseen/tuoxi-slj-2024-juesuan.doc"] },
    heldOut: false,
  },
  "unseen-doc2": {
    dir: join(GOLD, "unseen-doc2"),
    corpus: { files: ["ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc"] },
    heldOut: false,
  },
  "unseen-doc-q2": {
    dir: join(GOLD, "unseen-doc-q2"),
    corpus: { files: ["ingest/fixtures/unseen/tuoxi-slj-2024-juesuan.doc"] },
    heldOut: false,
  },
  "unseen-pdf12-q2": {
    dir: join(GOLD, "unseen-pdf12-q2"),
    corpus: { files: ["ingest/fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf10-q2": {
    dir: join(GOLD, "unseen-pdf10-q2"),
    corpus: { files: ["ingest/fixtures/unseen/shibing-zjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  dev49: { dir: join(GOLD, "dev49"), corpus: "configured", heldOut: false },
  "unseen-xls-q2": {
    dir: join(GOLD, "unseen-xls-q2"),
    corpus: { files: ["ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls"] },
    heldOut: false,
  },
  "unseen-xls": {
    dir: join(GOLD, "unseen-xls"),
    corpus: { files: ["ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls"] },
    heldOut: false,
  },
  "unseen-md3-q2": {
    dir: join(GOLD, "unseen-md3-q2"),
    corpus: { files: ["ingest/fixtures/unseen/yichun-sthjj-2025-yusuan.md"] },
    heldOut: false,
  },
  "unseen-doc2-q2": {
    dir: join(GOLD, "unseen-doc2-q2"),
    corpus: { files: ["ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc"] },
    heldOut: false,
  },
  "unseen-pdf11-q2": {
    dir: join(GOLD, "unseen-pdf11-q2"),
    corpus: { files: ["ingest/fixtures/unseen/midu-wjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf13": {
    dir: join(GOLD, "unseen-pdf13"),
    corpus: { files: ["ingest/fixtures/unseen/longhua-sjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf13-q2": {
    dir: join(GOLD, "unseen-pdf13-q2"),
    corpus: { files: ["ingest/fixtures/unseen/longhua-sjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-md2-q2": {
    dir: join(GOLD, "unseen-md2-q2"),
    corpus: { files: ["ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md"] },
    heldOut: false,
  },
  "unseen-md3": {
    dir: join(GOLD, "unseen-md3"),
    corpus: { files: ["ingest/fixtures/unseen/yichun-sthjj-2025-yusuan.md"] },
    heldOut: false,
  },
  "unseen-pdf10": {
    dir: join(GOLD, "unseen-pdf10"),
    corpus: { files: ["ingest/fixtures/unseen/shibing-zjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-html3": {
    dir: join(GOLD, "unseen-html3"),
    corpus: {
      files: [
        "ingest/fixtures/unseen/wuzhou-jtysj-2024-juesuan.htm",
        "ingest/fixtures/unseen/wuzhou-jtysj-2025-yusuan.htm",
      ],
    },
    heldOut: false,
  },
  "unseen-ofd-q2": {
    dir: join(GOLD, "unseen-ofd-q2"),
    corpus: { files: ["ingest/fixtures/unseen/huaining-rsj-2024-juesuan.ofd"] },
    heldOut: false,
  },
  "unseen-html2-q2": {
    dir: join(GOLD, "unseen-html2-q2"),
    corpus: { files: ["ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html"] },
    heldOut: false,
  },
  "unseen-pdf9-q2": {
    dir: join(GOLD, "unseen-pdf9-q2"),
    corpus: { files: ["ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf-q2": {
    dir: join(GOLD, "unseen-pdf-q2"),
    corpus: { files: ["ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-ods": {
    dir: join(GOLD, "unseen-ods"),
    corpus: { files: ["ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods"] },
    heldOut: false,
  },
  "unseen-odt": {
    dir: join(GOLD, "unseen-odt"),
    corpus: { files: ["ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt"] },
    heldOut: false,
  },
  "unseen-docx4": {
    dir: join(GOLD, "unseen-docx4"),
    corpus: { files: ["ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx"] },
    heldOut: false,
  },
  "unseen-html3-q2": {
    dir: join(GOLD, "unseen-html3-q2"),
    corpus: {
      files: [
        "ingest/fixtures/unseen/wuzhou-jtysj-2024-juesuan.htm",
        "ingest/fixtures/unseen/wuzhou-jtysj-2025-yusuan.htm",
      ],
    },
    heldOut: false,
  },
  "unseen-pdf2-q2": {
    dir: join(GOLD, "unseen-pdf2-q2"),
    corpus: { files: ["ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-txt2-q2": {
    dir: join(GOLD, "unseen-txt2-q2"),
    corpus: { files: ["ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt"] },
    heldOut: false,
  },
  "unseen-xlsx2-q2": {
    dir: join(GOLD, "unseen-xlsx2-q2"),
    corpus: { files: ["ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx"] },
    heldOut: false,
  },
  "unseen-odt-q2": {
    dir: join(GOLD, "unseen-odt-q2"),
    corpus: { files: ["ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt"] },
    heldOut: false,
  },
  "unseen-budget-q2": {
    dir: join(GOLD, "unseen-budget-q2"),
    corpus: { files: ["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"] },
    heldOut: false,
  },
  "unseen-pdf3-q2": {
    dir: join(GOLD, "unseen-pdf3-q2"),
    corpus: { files: ["ingest/fixtures/unseen/beijing-fangshan-yjj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-ods-q2": {
    dir: join(GOLD, "unseen-ods-q2"),
    corpus: { files: ["ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods"] },
    heldOut: false,
  },
  "unseen-tsv-q2": {
    dir: join(GOLD, "unseen-tsv-q2"),
    corpus: { files: ["ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt"] },
    heldOut: false,
  },
  "unseen-docx4-q2": {
    dir: join(GOLD, "unseen-docx4-q2"),
    corpus: { files: ["ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx"] },
    heldOut: false,
  },
  "unseen-zip": {
    dir: join(GOLD, "unseen-zip"),
    corpus: { files: ["ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip"] },
    heldOut: false,
  },
  "unseen-docx3-q2": {
    dir: join(GOLD, "unseen-docx3-q2"),
    corpus: { files: ["ingest/fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx"] },
    heldOut: false,
  },
  "unseen-pdf4-q2": {
    dir: join(GOLD, "unseen-pdf4-q2"),
    corpus: { files: ["ingest/fixtures/unseen/songyang-scjgj-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-md-q2": {
    dir: join(GOLD, "unseen-md-q2"),
    corpus: { files: ["ingest/fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md"] },
    heldOut: false,
  },
  "unseen-docx2-q2": {
    dir: join(GOLD, "unseen-docx2-q2"),
    corpus: { files: ["ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx"] },
    heldOut: false,
  },
  "unseen-pdf6-q2": {
    dir: join(GOLD, "unseen-pdf6-q2"),
    corpus: { files: ["ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf7-q2": {
    dir: join(GOLD, "unseen-pdf7-q2"),
    corpus: { files: ["ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf8-q2": {
    dir: join(GOLD, "unseen-pdf8-q2"),
    corpus: { files: ["ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-zip-q2": {
    dir: join(GOLD, "unseen-zip-q2"),
    corpus: { files: ["ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip"] },
    heldOut: false,
  },
  "unseen-html4": {
    dir: join(GOLD, "unseen-html4"),
    corpus: { files: ["ingest/fixtures/unseen/anqing-tyjrswj-2025-yusuan.html"] },
    heldOut: false,
  },
  "unseen-pdf14": {
    dir: join(GOLD, "unseen-pdf14"),
    corpus: { files: ["ingest/fixtures/unseen/qinggangba-zhen-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-html4-q2": {
    dir: join(GOLD, "unseen-html4-q2"),
    corpus: { files: ["ingest/fixtures/unseen/anqing-tyjrswj-2025-yusuan.html"] },
    heldOut: false,
  },
  "unseen-pdf14-q2": {
    dir: join(GOLD, "unseen-pdf14-q2"),
    corpus: { files: ["ingest/fixtures/unseen/qinggangba-zhen-2024-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-xlsx3": {
    dir: join(GOLD, "unseen-xlsx3"),
    corpus: { files: ["ingest/fixtures/unseen/yongfeng-zrzyj-2024-juesuan.xlsx"] },
    heldOut: false,
  },
  "unseen-xlsx3-q2": {
    dir: join(GOLD, "unseen-xlsx3-q2"),
    corpus: { files: ["ingest/fixtures/unseen/yongfeng-zrzyj-2024-juesuan.xlsx"] },
    heldOut: false,
  },
  "unseen-et": {
    dir: join(GOLD, "unseen-et"),
    corpus: { files: ["ingest/fixtures/unseen/juancheng-wjj-2025-yusuan.et"] },
    heldOut: false,
  },
  "unseen-pdf15": {
    dir: join(GOLD, "unseen-pdf15"),
    corpus: { files: ["ingest/fixtures/unseen/tongxi-czj-2024-sangong-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-wps": {
    dir: join(GOLD, "unseen-wps"),
    corpus: { files: ["ingest/fixtures/unseen/rongxi-zjj-2024-juesuan.wps"] },
    heldOut: false,
  },
  "unseen-pdf16": {
    dir: join(GOLD, "unseen-pdf16"),
    corpus: { files: ["ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-mht": {
    dir: join(GOLD, "unseen-mht"),
    corpus: { files: ["ingest/fixtures/unseen/tongshan-sfj-2025-yusuan.mht"] },
    heldOut: false,
  },
  "unseen-mht-q2": {
    dir: join(GOLD, "unseen-mht-q2"),
    corpus: { files: ["ingest/fixtures/unseen/tongshan-sfj-2025-yusuan.mht"] },
    heldOut: false,
  },
  "unseen-wps-q2": {
    dir: join(GOLD, "unseen-wps-q2"),
    corpus: { files: ["ingest/fixtures/unseen/rongxi-zjj-2024-juesuan.wps"] },
    heldOut: false,
  },
  "unseen-et-q2": {
    dir: join(GOLD, "unseen-et-q2"),
    corpus: { files: ["ingest/fixtures/unseen/juancheng-wjj-2025-yusuan.et"] },
    heldOut: false,
  },
  "unseen-pdf15-q2": {
    dir: join(GOLD, "unseen-pdf15-q2"),
    corpus: { files: ["ingest/fixtures/unseen/tongxi-czj-2024-sangong-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf16-q2": {
    dir: join(GOLD, "unseen-pdf16-q2"),
    corpus: { files: ["ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf16-q3": {
    dir: join(GOLD, "unseen-pdf16-q3"),
    corpus: { files: ["ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-pdf15-q3": {
    dir: join(GOLD, "unseen-pdf15-q3"),
    corpus: { files: ["ingest/fixtures/unseen/tongxi-czj-2024-sangong-juesuan.pdf"] },
    heldOut: false,
  },
  "unseen-mht-q3": {
    dir: join(GOLD, "unseen-mht-q3"),
    corpus: { files: ["ingest/fixtures/unseen/tongshan-sfj-2025-yusuan.mht"] },
    heldOut: false,
  },
  "unseen-pdf17": {
    dir: join(GOLD, "unseen-pdf17"),
    corpus: { files: ["ingest/fixtures/unseen/duanzhou-guihu-jdb-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-7z": {
    dir: join(GOLD, "unseen-7z"),
    corpus: { files: ["ingest/fixtures/unseen/liutang-zhen-2024-juesuan.7z"] },
    heldOut: false,
  },
  "unseen-docx5": {
    dir: join(GOLD, "unseen-docx5"),
    corpus: { files: ["ingest/fixtures/unseen/tianshui-nyncj-2024-juesuan.docx"] },
    heldOut: false,
  },
  "unseen-rtf": {
    dir: join(GOLD, "unseen-rtf"),
    corpus: { files: ["ingest/fixtures/unseen/chongyi-tsg-2025-yusuan.rtf"] },
    heldOut: false,
  },
  "unseen-pdf17-q2": {
    dir: join(GOLD, "unseen-pdf17-q2"),
    corpus: { files: ["ingest/fixtures/unseen/duanzhou-guihu-jdb-2025-yusuan.pdf"] },
    heldOut: false,
  },
  "unseen-docx5-q2": {
    dir: join(GOLD, "unseen-docx5-q2"),
    corpus: { files: ["ingest/fixtures/unseen/tianshui-nyncj-2024-juesuan.docx"] },
    heldOut: false,
  },
  "unseen-rtf-q2": {
    dir: join(GOLD, "unseen-rtf-q2"),
    corpus: { files: ["ingest/fixtures/unseen/chongyi-tsg-2025-yusuan.rtf"] },
    heldOut: false,
  },
  "unseen-7z-q2": {
    dir: join(GOLD, "unseen-7z-q2"),
    corpus: { files: ["ingest/fixtures/unseen/liutang-zhen-2024-juesuan.7z"] },
    heldOut: false,
  },
  "unseen-csv": {
    dir: join(GOLD, "unseen-csv"),
    corpus: { files: ["ingest/fixtures/unseen/huzhou-scjgj-2025-yusuan.zip"] },
    heldOut: false,
  },
};
