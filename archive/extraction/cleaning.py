"""Title, metadata and body from a scraped page.

A scraped page is a headline plus article paragraphs buried among page furniture:
weather and date widgets, teasers, donation and newsletter appeals, share buttons, cookie
notices, author boxes, related-article lists and injected SEO spam. Each kind of furniture
is recognised by a general signal (its wording pattern, its shape, or its density of links
or foreign keyword soup), never by the wording of one site, so the same rules hold on
unseen articles. Offsets are not tracked here: the cleaned body is the text all offsets
later refer to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .lexicon import DAYS, EN_STOPWORDS, ES_STOPWORDS, MONTHS, TITLE_SMALL_WORDS, word_set
from .text import (
    URL_RE,
    fold,
    non_ascii_letter_share,
    normalise,
    stopword_ratio,
    words,
)

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_DAY = r"(?:" + "|".join(sorted(DAYS, key=len, reverse=True)) + r")"
_DATE_PATTERNS = (
    # Wednesday, 24 April, 2024 / 15th of January 2018
    re.compile(
        rf"(?i)\b(?:{_DAY}\.?,?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b"
    ),
    # Monday, January 15, 2018 / Jan. 15th 2018
    re.compile(
        rf"(?i)\b(?:{_DAY}\.?,?\s+)?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<y>\d{{4}})\b"
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    # 15.03.2025 (day first, as written across Europe; slashes are ambiguous and skipped)
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
)
_DATE_LEFTOVER = re.compile(
    r"(?i)\b(?:published|updated|update|posted|last|modified|on|at|am|pm|a\.m|p\.m|utc|gmt|edt|est"
    r"|ist|wet|west|cest|bst|pst|pdt|cst|cdt|mst|mdt|aest|wat|eat|cat|sast|jst|kst|hkt|brt"
    r"|art|vet|clt|pet|cot|ect|ast|msk|eet|eest|uhr|um|am|publié|publie|le|à|a|mis|jour"
    r"|publicado|actualizado|el|às|de|del|veröffentlicht|aktualisiert|\d{1,2}h\d{2}"
    r"|\d+\s*min(?:ute)?s?\s+(?:to\s+)?read|\d+\s+(?:minutes?|hours?|days?|mins?|hrs?)\s+ago"
    r"|cet|hrs?|\d{1,2}[:.]\d{2})\b"
)
_WEATHER = re.compile(r"(?i)^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[cf]\b|\b\d{1,3}(?:[.,]\d)?\s*°\s*[cf]?\b")
_LANG_SWITCH = re.compile(r"^[a-z]{2}_[A-Z]{2}(?![a-z])")
_GLUED_LANGUAGE = re.compile(
    r"^(?:English|Español|Espanol|Français|Deutsch|Português|Italiano|Nederlands|Русский"
    r"|Türkçe|Polski)(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])"
)
_LANGUAGE_NAMES = word_set(
    "english español espanol français deutsch português italiano nederlands русский"
)
_TEASER = re.compile(
    r"(?i)^(?:you must read|must read|read more|read also|also read|read next|related|see also"
    r"|lesen sie auch|mehr zum thema|à lire aussi|a lire aussi|lire aussi|leia também"
    r"|lee también|lea también|leggi anche|ver también|most (?:viewed|read|shared|popular)"
    r"|also see|recommended|suggested|don'?t miss|more:|watch:|listen:|read:|click here"
    r"|click on|tap here|more on this|up next|video:|watch next|also of interest"
    r"|(?:[a-z]{1,4}/)+[a-z]{1,4}\s*(?:\([^()]{2,40}\))?\s*$)(?:\b|(?<=:)|(?<=\)))"
)
_TEASER_ANYWHERE = re.compile(
    r"(?i)\b(?:read the full (?:article|story)|click here|full story here|continue reading)\b"
)
# A caption or teaser whose last sentence sends the reader elsewhere ("View the full
# interactive platform here.", "Click on the image above for the video.").
_CALL_TO_ACTION_END = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:view|see|read|watch|click|explore|listen to)\b[^.!?]{0,80}"
    r"\b(?:here|above|below)\b[^.!?]{0,40}[.!]?\s*$"
)
# An author's biography line after the article: "Jane Roe is a reporter at …".
_AUTHOR_BIO = re.compile(
    r"^(?:(?i:about (?:me|the author)|über mich)\s*:\s*)?"
    r"(?P<name>(?:[A-ZÁÉÍÓÚÑ](?:[\w’'\-]+|\.)\s){1,3}[A-ZÁÉÍÓÚÑ][\w’'\-]+)\s+"
    r"(?:is\s+(?:a|an|the)\s[^.]{0,200}\b(?i:journalist|reporter|correspondent|editor|writer"
    r"|columnist|student|researcher|professor|fellow|member|investigator|analyst|photographer"
    r"|contributor|director|author|host|presenter)\b"
    r"|(?:reports|writes|covers) (?:on|about|for)\b)"
)
_MAX_BIO_WORDS = 45
_CONTINUES = re.compile(
    r"(?i)^\(?\s*(?:text|story|article|reading)\s+continues\b|^\(?\s*continue reading\b"
    r"|^advertisement\s*$|^\(?\s*advertisement\s*\)?$|^(?:sponsored|promoted)( content)?$"
)
_CREDIT = re.compile(
    r"(?i)^[(\[]?\s*(?:photo|photos|photograph|image|images|picture|credit|credits|foto"
    r"|illustration|video)(?:\s+\d+\s+of\s+\d+)?\s*(?:\.\.\.|…|:|\]|\bby\b|\bcredit\b)"
)
_EMBED = re.compile(
    r"(?i)^(?:a post shared by\b|view this post on (?:instagram|facebook)|pic\.twitter\.com"
    r"|— .{0,60}\(@\w+\) [A-Z][a-z]+ \d)"
)
# Wire-service credits closing a story: "(Reporting by X; Editing by Y)".
_WIRE_CREDIT = re.compile(
    r"(?i)^[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced"
    r"|translated|translation|research|graphics)\s+by\b[^()\[\]]{0,250}[)\]]?\s*\.?$"
)
# The label over an advert, in the languages the pages come in
_AD_WORDS = "anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertisement|ad"
# Site furniture found on most news pages, each judged on the one line alone.
_FURNITURE = re.compile(
    r"(?i)^(?:skip to (?:the )?(?:main )?(?:content|navigation|search)|skip navigation"
    r"|(?:presented|brought to you|paid for) by\b"
    r"|a\+\s+a[-−–]\s"  # text-size buttons: "A+ A- Listen to this article"
    # a picture's caption as the scraper marks it: "[Image] …", "[Photo] …"
    r"|\[(?:image|photo|picture|video|graphic|gallery|foto|imagen)\b[^\]]{0,40}\]"
    # video players: a play-button title, closed captions, their disclaimer
    r"|[▶►]\s|>>\s|captions (?:are|were) (?:automatically )?generated"
    r"|(?:(?:last )?(?:published|updated|posted)\s+)?(?:about |around )?\d+\s+(?:minutes?|hours?"
    r"|days?|weeks?)\s+ago$"
    r"|weather (?:alert|warning|advisory|watch)s?\s*:|comments are (?:moderated|reviewed|subject)"
    r"|something went wrong\b|please try again later|we value your privacy|i accept\b"
    r"|(?:more|manage) options$|follow [A-Z][\w’' ]{2,40}$"
    r"|jump to (?:content|navigation)"
    r"|☰|menu$|search$|sections$"
    r"|\d+\s*min(?:ute)?s?\.?\s+(?:to\s+)?read\b|reading time\b"
    r"|listen to (?:this|the) (?:article|story)|(?:this|the) audio (?:is|was) (?:\w+-)?generated"
    r"|report an (?:error|issue|inaccuracy|typo)\b|how does this (?:story |article )?make you feel"
    r"|(?:add|post|write) a comment\b|sort by\s*:|(?:show|load|view) more comments"
    r"|follow related (?:authors|topics)|(?:get|receive) (?:faster |breaking |instant )?alerts\b"
    r"|with (?:a )?(?:reports?|files|reporting) (?:from|by)\b"
    r"|(?:this|the) (?:article|story|report) was (?:originally|first) (?:published|written) in\b"
    r"|(?:leer|ver|lire|lesen|ler) (?:en|in|em) (?:español|espanol|english|inglés|ingles"
    r"|français|francais|deutsch|português|portugues|englisch)\b"
    r"|(?:explore|discover|read) more\s*:"
    r"|(?:live )?scores\s*[|:]|(?:podcast|video|watch|listen)\s*[▶►|:]\s"
    r"|listen (?:on|in) (?:apple|spotify|google|youtube|the)\b"
    r"|home\s*[»›>|/]|posted by [\w.\- ]{1,40} on\b"
    r"|\[(?:image|photo|picture|graphic|video)s?\s*:|like this\s*:|loading\.\.\.$"
    r"|(?:tags|topics|related topics|filed under|categories|more on|more about|keywords)\s*:"
    r"|comments?\s*\(\d+\)|\d+\s+comments?$|join the (?:conversation|debate|discussion)"
    r"|follow (?:me|us|him|her|them|[A-Z]\w+(?: [A-Z]\w+){0,2}) on\b"
    r"|if you (?:have been|were|are) affected by\b|(?:have you been|were you) affected by\b"
    r"|(?:show|hide|load|see|view) (?:all|more|less|key|only|latest)\b[^.!?]{0,30}$"
    r"|(?:key|latest|top) (?:events|updates|points|stories)$"
    r"|(?:accept|agree|reject|decline|allow|manage)\b[\w ]{0,25}(?:\||$)"
    r"|(?:last )?updated:?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?(?:,|$)"
    r"|(?:lesezeit|temps de lecture|tiempo de lectura|tempo de leitura)\b"
    r"|live:|listen (?:to|on)\b[^.!?]{0,100}[.!?]?$"
    r"|(?:our standards|editorial (?:standards|guidelines|policy)|corrections? policy)\b"
    r"|(?:about (?:me|the author)|über mich|à propos de l'auteur|sobre (?:mí|mi|o autor))\s*:"
    r"|[^.!?]{2,60}[–—-] english (?:service|edition)$|[^.!?]{2,40}\| english edition$"
    rf"|(?:{_AD_WORDS})$"
    r"|(?:über die autor(?:en|in)?|about the authors?|sobre los autores|à propos des auteurs)$"
    r"|(?:promoted|sponsored|partner content|paid content|paid post|sponsored content"
    r"|sponsored links?|sponsored stories)\s*[:|–—·-]|recommended by [A-Z]\w+$"
    r"|\[(?:photo|image|picture|foto|video)s?(?:\s+\d+\s+of\s+\d+)?\s*[:\]][^\]]*\]"
    r"|got a story\b|do you have a (?:story|news tip|tip-off|tip)\b"
    r"|(?:download|get) (?:the|our) [\w ]{1,30}\bapp\b"
    r"|(?:join|follow) (?:the|our) [\w ]{1,40}\b(?:whatsapp|telegram|viber|channel|community)\b"
    r"|get (?:breaking )?news alerts\b|comments (?:are|have been) (?:closed|disabled)"
    r"|\(?with inputs from\b|we and our \d+ partners\b|republish this (?:article|story)\b"
    r"|(?:live scores?|trending|breaking)\s*:|share\s*:"
    r"|this (?:article|story|report) (?:was|has been) translated\b"
    r"|this article contains general information only\b"
    r"|[\w' ]{2,40} acknowledges\b.{0,80}\btraditional (?:owners|custodians)\b"
    r"|you are here\s*:|(?:english|international|spanish|global) edition\s*[·|•:]"
    r"|(?:english|spanish|french|german|portuguese|italian) (?:version|translation)\s*(?::|by\b)"
    r"|(?:edited|sub-?edited|translated|produced) by\s+[A-Z][^.!?]{2,60}$"
    # video players: "Now Playing: …", "Autoplay is on · Click to unmute", "Video Loading"
    r"|now playing\s*:|up next\s*:|autoplay (?:is )?(?:on|off)\b|(?:click|tap) to (?:play|unmute)"
    r"|video (?:loading|unavailable)$|the video will (?:start|play|begin) in\b|play now$"
    r"|watch\s*:\s[^.!?]{0,120}$"
    # paywalls: "You have read 3 of 3 free articles this month."
    r"|you(?: have|['’]ve) read \d+ of (?:your )?\d+ (?:free )?(?:articles|stories)\b"
    r"|you(?: have|['’]ve) reached (?:your|the) (?:free )?(?:article|story|monthly) limit"
    r"|already (?:a subscriber|have an account)\?|premium$"
    # "You're reading a Premium article. … You have 2 free Premium articles left"
    r"|you(?: are|['’]re) reading an? (?:premium|subscriber|members?)(?:[- ]only)? "
    r"(?:article|story)"
    r"|you have \d+ (?:free )?(?:\w+ )?(?:articles|stories) left\b"
    # an advertiser's credit: "Sponsored by ClearQuote Savings"
    r"|(?:sponsored|promoted) by\s+[A-Z][\w&.,' ]{1,40}$"
    r"|[^.!?]{0,60}\b(?:latest|betting|best) odds$"  # "NEXT MANAGER – LATEST ODDS"
    r"|read\s*\|\s|listen live\s*:|loading [\w ]{1,20} content$|allow notifications\b"
    r"|get (?:the|our) [\w’' ]{1,40}(?:newsletter|brief|briefing|digest|bulletin)\b"
    r"|get breaking news\b|be the first to know\b"
    r"|(?:schedule|data|prices|rates|forecast) (?:provided|supplied|powered) by\b"
    r"|audio (?:is |was )?generated by\b"
    # a chain's loaders and prompts: "Article content", "This advertisement has not
    # loaded yet, but your article continues below.", "We apologize, but this video …"
    r"|article content$|this advertisement has not loaded\b|try refreshing your browser\b"
    r"|we apologi[sz]e, but this video\b|save this article to your reading list\b"
    r"|we encountered an issue signing you up\b|(?:popular|trending|top) searches\b[^:]{0,20}:"
    r"|[–—]\s*[A-Z][\w&.']*(?:\s[A-Z][\w&.']*){0,3}$)"  # "— NusaWire": a wire's sign-off
)
# "Léa Vandenbroucke — Translated from French by Claire Hutton"
_TRANSLATION_CREDIT = re.compile(
    r"(?i)\btranslated from (?:the )?[\w-]+(?: into (?:the )?[\w-]+)? by\b"
)
# Gambling, instant-loan and clickbait advertising injected into pages: phrases that
# reporting does not use in a short line of its own.
_AD_SPAM = re.compile(
    r"(?i)\b(?:free spins?|free bets?|no[ -]deposit|welcome bonus|deposit bonus|teen patti"
    r"|rummy|satta|matka|betting id|sportsbook|online casino|casino bonus|payday loans?"
    r"|instant [\w-]+ loans?|loans? up to|no (?:cibil|crb|credit) checks?|préstamos rápidos"
    r"|belly fat|doctors (?:are )?(?:shocked|stunned)|you won[’']t believe|looks like now"
    r"|(?:this|one) (?:weird |simple |odd )?(?:thing|trick) (?:before|every|that|to)\b"
    r"|(?:banks|doctors|dentists) (?:don[’']t|do not|hate)\b|t&cs apply|\b18\+|win up to"
    r"|(?:promo|bonus|with) code (?-i:[A-Z0-9]{4,})|no payslip|blacklisted (?:welcome|ok)"
    r"|need (?:cash|money) fast|loans? from [R$£€₦]\s?\d|casino en ligne|crypto casino|no kyc"
    r"|bonus sans dépôt|jackpot|paris sportifs|acheter des abonnés|slot gacor|judi online"
    r"|doctors (?:in \w+ )?(?:are )?baffled|(?:joint|knee|back)-pain trick|blacklisted"
    r"|personal loan of up to|crypto platforms|compare fees now|horoscope today|numerology"
    r"|live score|ball-by-ball|lucky colou?r|e-kyc|check details here|rummy online"
    r"|(?:pics|photos|video) go(?:es)? viral|bet on today|bet £\d|bet \$\d"
    # Spanish clickbait: "¡Gana hasta $15,000 desde casa!", "Créditos sin buró"
    r"|gana hasta|desde casa|(?:bancos|médicos|medicos) no quieren|médicos sorprendidos"
    r"|medicos sorprendidos|remedio casero|adiós a las deudas|adios a las deudas|sin buró"
    r"|sin buro|compara ahora|solicítalo|solicitalo|seguro de auto desde|gagnez jusqu"
    r"|bet now|gambling problem|odds by|\b21\+|1-800-gambler|one simple trick"
    r"|invest from [€$£]\s?\d|secure (?:eu|us|uk) residency"
    # Indonesian and Malay: "Pinjaman Online Cair 5 Menit", "togel online, judi bola"
    r"|pinjaman online|pinjol|togel|judi bola|situs slot|bandar (?:resmi|togel|bola)"
    r"|maxwin|klik di sini|daftar sekarang|tanpa bi checking"
    r"|(?:on|with) your first deposit|spin now|spins? (?:for|on) (?:free|new players)"
    r"|(?:to win|over|under)\b[\w .]{0,40}\s[+-]\d{3,4}$)"
)
# A share-price widget: "Harvest Crown Foods Inc (HCF-T)", "Close $68.41 -3.01 (-4.21%)"
_TICKER = re.compile(
    r"^(?:[A-Z][\w&.,' ]{1,60}\s\((?:[A-Z]{1,6}[-.:][A-Z]{1,6}|[A-Z]{1,6}:[A-Z]{1,6})\)"
    r"|(?i:close|open|last|price|prev\.? close)?\s*[$€£¥]?\s?\d[\d.,]*\s+[-+−▲▼]\s?\d[\d.,]*"
    r"\s*\(?[-+−]?\d[\d.,]*\s?%\)?)$"
)
_FURNITURE_ANYWHERE = re.compile(
    r"(?i)\b(?:(?:turn on|enable|requires?) javascript|javascript (?:is )?(?:disabled|required)"
    # a podcast promotion: "Listen on Spotify, Apple Podcasts or wherever you get your podcasts"
    r"|wherever you (?:get|listen to) (?:your )?podcasts|(?:listen|subscribe) (?:on|via) "
    r"(?:spotify|apple podcasts|google podcasts|youtube music|deezer|soundcloud)\b"
    r"|(?:log|sign) in (?:or register )?to (?:comment|reply|join)"
    r"|register to (?:comment|reply)|(?:purchase|acquire) licensing rights|e-?mail us at"
    r"|(?:will|we['’]ll) (?:continue to )?update this (?:story|article|report|page)"
    r"|(?:learn more|shop now|find out more|get started|book now|read more|continue reading)"
    r"(?=\s*[›>»]?\s*$)"
    r"|this (?:story|article|report|page) (?:will be|is being) updated"
    r"|opens? (?:in )?(?:a )?new (?:tab|window)|quotes? (?:are )?delayed (?:by )?(?:a )?"
    r"(?:minimum|at least|\d+)|market data (?:provided|powered) by"
    r"|delayed (?:by )?(?:at least |a minimum of )?\d+ min(?:ute)?s"
    r"|follow [\w’' ]{2,40} on (?:our )?(?:whatsapp|telegram|viber|signal)|whatsapp\.com/channel)\b"
)
_NAV_SPLIT = re.compile(r"\s{2,}|\s*[|·•›»]\s*|\s+/\s+|\s+>\s+|\t")
# A caption that ends with its picture credit: "… on Monday. (Photo: A. Name/Agency)".
_CAPTION_CREDIT = re.compile(
    r"\((?:(?i:photo|photograph|image|picture|foto|video|credit)s?\b[^()]*"
    r"|(?i:getty images|ap|afp|reuters|epa|shutterstock|alamy|pa|bloomberg|aap|ap photo)\b[^()]*"
    r"|[A-Z][\w.' ]+/\s*[A-Z][\w.' ]+)\)\.?$"
    r"|(?:^|[.!?]\s+)(?:[–—-]\s*)?(?i:photo|photograph|foto|image|picture|credit)s?:\s*[^.!?]{2,80}$"
    r"|[.!?]\s+(?i:photo|photograph|picture|image)s? (?i:by)\s+[A-Z][^.!?]{2,80}$"
    # "… 2025. Northstar/Kyle Baptiste", "… 2025. WIRE/Rosa Villegas/File Photo"
    r"|(?:[.!?]|\s\|)\s+(?:[–—]\s*)?[A-Z][\w.&' ]{1,30}(?:/[A-Z][\w.' ]{1,40}){1,3}$"
    r"|\((?:[A-Z][\w.&' ]{1,30}):\s*[A-Z][\w.' \-]{1,40}\)$"  # "(The Canopy: Jess Mabbott)"
    # "… on Wednesday. | KYODO", "… in 2022. | Ken Aoyama": the credit after a bar
    r"|[.!?)]\s+\|\s+[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}$"
    r"|\[(?i:photo|photograph|image|picture)s?:[^\[\]]{2,60}\]$"
)
_MASTHEAD = re.compile(r"^[A-Z][A-Z'&.\- ]{2,50}$")
# A block of paid links between two markers of the same kind: "— SPONSORED —" …
# "— END SPONSORED —". A lone "Advertisement" label is not a block.
# (an unmarked rail names who serves it: "SPONSORED CONTENT · Recommended by Clickvault")
_SPONSORED_START = re.compile(
    r"(?i)^[\W_]*(?P<kind>sponsored|promoted|partner|paid)(?: content| links?| stories| posts?)?"
    r"(?:\s*[·|•–—-]\s*(?:recommended|presented|powered) by [\w.&' ]{2,30})?[\W_]*$"
)
_SPONSORED_END = re.compile(
    r"(?i)^[\W_]*end(?: of)?(?: the)? (?P<kind>sponsored|promoted|partner|paid)\b[\w ]*[\W_]*$"
)
# "ADVERTISEMENT", "— PUBLICIDAD —": the label over an advert
_AD_LABEL = re.compile(rf"(?i)^[\W_]*(?:{_AD_WORDS}|advertising|ads|sponsored)[\W_]*$")
_COOKIE = re.compile(r"(?i)\bcookies?\b")
_COOKIE_CONTEXT = re.compile(
    r"(?i)\b(?:website|site|consent|accept|browsing|browser|policy|experience|continuing"
    r"|device|partners|personali[sz]e|ads|advertising|traffic|analy[sz]e|verwenden"
    r"|nutzererlebnis|webseite|utilisons|utilizamos|usamos|navigation)\b"
)
_APPEAL = re.compile(
    r"(?i)\b(?:subscribe|subscription|newsletter|unsubscribe|sign(?:ing)? up|donat(?:e|es|ion|ions"
    r"|ing)|membership|become (?:a )?(?:member|patron|supporter|part of)|one-time contribution"
    r"|(?:monetary|economic|financial|small|your) contributions?|contribute (?:to|now|today)"
    r"|support (?:our|my|us|independent|this|the) (?:work|journalism|reporting|media|site|page)"
    r"|(?:support|fund|back|finance|unterstützen)\b[^.]{0,40}\bjournalism\w*"
    r"|\(?support my work|your (?:feedback|comments)|share this (?:post|article|story|page)"
    r"|your inbox|patreon|paypal|buy me a coffee|help us (?:with|keep|continue|to keep|grow)"
    r"|start your day with|journalism [\w ]{0,30}needs you|contribute from"
    r"|for as little as|suscr[ií]bete|suscribirse|bolet[ií]n|abonnez-vous|inscrivez-vous"
    r"|assine|inscreva-se|welcome email|(?:junk|spam) folder)\b"
)
_SELF_PROMO_WE = re.compile(r"(?i)\b(?:we|our|us)\b")
_SELF_PROMO_MEDIA = re.compile(
    r"(?i)\b(?:news|journalism|reporting|media|readers|information|content|work|outlet)\b"
)
_SHARE_WORDS = word_set(
    "bookmark bookmarks facebook twitter x linkedin email e-mail mail whatsapp print "
    "pinterest reddit telegram messenger share tumblr pocket flipboard sms copy link vk "
    "threads bluesky mastodon tweet viber line wechat weibo kakaotalk f in "
    "shares comments comment this on via article story page save gift"
)
_FOOTER_MARKERS = frozenset(
    [
        "about me", "about the author", "about the authors", "more articles", "in other news",
        "related articles", "related stories", "related posts", "related news", "related",
        "more stories", "more news", "you may also like", "you might also like",
        "recommended", "recommended for you", "read next", "most popular", "most read",
        "trending", "follow me", "follow us", "share this", "share this article",
        "leave a comment", "leave a reply", "comments", "tags", "latest news", "more from",
        "popular posts", "recent posts", "keep reading", "most viewed", "most shared",
        "most commented", "mehr zum thema", "à lire aussi", "lesen sie auch", "über mich",
        "more on this story", "more in this section", "top stories", "site index",
        "suggested topics", "related topics", "topics", "follow related authors and topics",
        "add a comment", "how does this make you feel", "show more comments", "comentarios",
        "death notices", "family notices", "obituaries", "local business", "classifieds",
        "top comments", "reader comments",
    ]
)  # fmt: skip
# "Comments (212)", "1.4K comments", "Interact with The Northern Ledger"
_COMMENTS_HEADING = re.compile(
    r"(?i)^(?:(?:top |all |reader |latest )?comments?\s*\(\d[\d.,k]*\)|\d[\d.,k]*\s+comments?"
    r"|interact with [\w’' ]{2,40}"
    r"|join the (?:conversation|discussion|debate)\s*(?:\(\d[\d.,k]*\))?)(?:\s+sort\b.*)?$"
)
_COPYRIGHT = re.compile(r"(?i)©|\bcopyright\b|\ball rights reserved\b")
_COPYRIGHT_PUB = re.compile(
    r"(?i)(?:©|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<pub>[^.|©·•]{2,60}?)\s*(?:(?:\.|,|\||-|–|·)?\s*(?:all rights reserved|$)|[.|·•]\s)"
)
_NAME_TOKEN = r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\w’'\-]*\.?"
# Lower-case particles inside names: "María de la Cruz", "Sanne van Dijk"
_NAME_PARTICLES = (
    "della", "del", "de", "das", "dos", "da", "do", "la", "le", "van", "von", "der", "den",
    "di", "du", "y", "bin", "al",
)  # fmt: skip
_PARTICLE = rf"(?:(?:{'|'.join(_NAME_PARTICLES)})\s+)?"
_NAME = rf"{_NAME_TOKEN}(?:\s+{_PARTICLE}{_NAME_TOKEN}){{1,4}}"
_BYLINE_PIPE = re.compile(
    rf"^(?P<pub>[^|]{{2,60}}?)\s+\|\s+(?P<authors>{_NAME}(?:\s*(?:,|&|and)\s*{_NAME})*)$"
)
_AUTHOR_JOIN = r"(?:,\s*with\b|,|&|\band\b|\bwith\b|\by\b|\bund\b|\bet\b)"
_BYLINE_BY = re.compile(
    rf"^(?i:by|by:|author:|authors:|written by|words by|words:|(?:live )?reporting by|text by"
    rf"|(?:live )?coverage by|compiled by"
    rf"|story by|interview by|interviewed by|report by|original report by|reported by|por|von"
    rf"|par)\s+(?P<authors>{_NAME}"
    rf"(?:(?:\s+(?:in|from)\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})?\s*{_AUTHOR_JOIN}"
    rf"\s*{_NAME})*)"
    rf"(?:\s+(?:in|from)\s+{_NAME_TOKEN}(?:\s+{_PARTICLE}{_NAME_TOKEN}){{0,3}})?"
    r"(?:\s*\([^()]{2,30}\))?"  # "… in Marseille (APC)": the agency
    r"(?:\s+(?:writer|reporter|correspondent|editor|columnist|journalist))?"  # "… Athletic writer"
    rf"\s*(?:[,|–—-]\s*(?P<pub>[^,|]{{2,60}}))?$"
)
_NOT_AUTHOR = re.compile(
    r"(?i)^(?:copy ?edited|edited|translated|translation|photos?|photography|illustrations?"
    r"|graphics|additional reporting|fact[- ]checked|reviewed|produced|video)\s+by\b"
    r"|^(?:[a-z]+ )?translation\s*:|^(?:pictures?|photos?|images?|video|graphics)\s*:"
    r"|^with (?:agencies|wires|agency reports?)$"
)
_AUTHOR_SPLIT = re.compile(rf"\s*{_AUTHOR_JOIN}\s*|\s+(?:in|from)\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w\-]*(?:\s+|$)")
_SENTENCE_END = ('.', '!', '?', '"', '”', '’', "'", ')', ':', '…')  # fmt: skip
# A sentence ends inside the text: "… in 24 hours. Floodwaters …", "… it.” She …"
_SENTENCE_BREAK = re.compile(r"[.!?][”’\"']?(?:\s|$)")


_MAX_TITLE_WORDS = 40
# A line this long that stops mid-sentence is a hard wrap, even before a capital letter.
_WRAP_WIDTH = 60


@dataclass(frozen=True)
class Cleaned:
    title: str
    publication: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    body: str


def parse_date(value: str) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The first valid calendar date written in ``value`` and where it is, or (None, None)."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(value):
            month_raw = match.group("m")
            month = int(month_raw) if month_raw.isdigit() else MONTHS.get(month_raw.lower())
            try:
                date = dt.date(int(match.group("y")), month or 0, int(match.group("d")))
            except ValueError:
                continue
            return date, match.span()
    return None, None


# The line judgements below are pure functions of one string, and every pass over a page
# asks them again about the same lines: caching them makes cleaning several times cheaper.
@lru_cache(maxsize=8192)
def is_date_line(line: str) -> bool:
    """A line that is only a date (plus weekday, time or "Updated"), i.e. a page widget,
    or dates and times between separators ("Published … | Updated …", "… · 8 min read")."""
    line = re.sub(r"(?<=[a-zA-Z]{4})(?=\d)", " ", line)  # "Updated16:05, 3 NOV 2025"
    segments = [seg for seg in re.split(r"\s*[|·•]\s*", line) if seg.strip()]
    if len(segments) > 1:
        return all(_is_date_only(seg) or _is_timing(seg) for seg in segments) and any(
            _is_date_only(seg) for seg in segments
        )
    return _is_date_only(line)


_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b")
_CLOCK = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)(?!\w)|\b\d{1,2}[:.]\d{2}\b")
_ZONES = re.compile(r"(?i)\b(?:et|pt|ct|mt|aedt|aest|acst|acdt|awst|nzdt|nzst|ist|first)\b")


def _is_timing(segment: str) -> bool:
    """ "Updated 9:40pm", "8 min read", "Updated": a segment with no date of its own."""
    rest = re.sub(r"(?i)reading time:?\s*\d+\s*min\w*\.?", " ", _CLOCK.sub(" ", segment))
    rest = re.sub(r"(?i)\b(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::\d{2})?", " ", rest)  # "GMT+7"
    rest = _ZONES.sub(" ", _DATE_LEFTOVER.sub(" ", rest))
    return not words(rest) and not re.search(r"\d", rest)


def _is_date_only(line: str) -> bool:
    if _NUMERIC_DATE.search(line):
        rest = _NUMERIC_DATE.sub(" ", line)
        if _is_timing(rest):
            return True
    date, span = parse_date(line)
    if date is None or span is None:
        return False
    rest = line[: span[0]] + " " + line[span[1] :]
    for pattern in _DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"(?i)gmt[+-]\d{1,2}", " ", rest)
    rest = _ZONES.sub(" ", _DATE_LEFTOVER.sub(" ", _CLOCK.sub(" ", rest)))
    return not words(rest) and not re.search(r"\d{3,}", rest)


def is_weather_line(line: str) -> bool:
    """Temperature widgets such as ``30.5 C``, ``Caracas 31°`` or ``Lisbon 17°C, showers``
    (a sentence that mentions a temperature ends like a sentence and stays)."""
    n = len(line.split())
    if n <= 6 and _WEATHER.search(line):
        return True
    # ("… as Nagpur bakes at 47°C": a headline has the small words of a sentence)
    prose = stopword_ratio(line, EN_STOPWORDS) >= 0.2
    return n <= 16 and "°" in line and not line.rstrip().endswith((".", "!", "?")) and not prose


def _is_navigation(line: str) -> bool:
    """Menus and breadcrumbs: short capitalised items between separators, no sentence."""
    text = line.strip()
    if text.endswith((".", "!", "?", ":", ",")):
        return False
    text = re.sub(r"^[\w' ]{2,30}:\s+(?=\S)", "", text)  # "About Us: Careers | Contact"
    parts = [p.strip() for p in _NAV_SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    short = all(len(p.split()) <= 3 and not p[0].islower() for p in parts)
    breadcrumb = any(sep in text for sep in ("›", "»", " > ")) and len(text.split()) <= 8
    return (len(parts) >= 3 and short) or (breadcrumb and short)


def _is_furniture(line: str) -> bool:
    text = line.strip()
    n = len(text.split())
    return (
        bool(_FURNITURE.match(text))
        or (n <= 30 and bool(_FURNITURE_ANYWHERE.search(text)))
        or (n <= 40 and bool(_CAPTION_CREDIT.search(text)))
        or (n <= 5 and bool(_MASTHEAD.match(text)) and not re.search(r"\d", text))
        or _is_navigation(text)
        or _is_word_list(text)
        or (n <= 8 and bool(re.search(r"(?i)\bepisode \d+\b", text)))
        # a markets widget: "USD/ZAR 18.37 ▼0.4% | Brent $74.20 | JSE All Share 84 512"
        or (n <= 40 and bool(re.search(r"\b[A-Z]{3}/[A-Z]{3}\b", text)) and not text.endswith("."))
        or _is_keyword_list(text)
        or _is_ticker_row(text)
    )


def _is_ticker_row(text: str) -> bool:
    """ "Friday, 6 March 2026 · Caracas 27°C · Bogotá 14°C | BCV official rate: 1 USD =
    182.40 Bs.": the header's row of date, weather and rates, each item short and dated,
    a temperature or a figure."""
    parts = [p.strip() for p in re.split(r"\s+[·|•●]\s+", text) if p.strip()]
    parts = [p for p in parts if re.search(r"\w", p)]  # ("●" between the items)
    if len(parts) < 3:
        return False
    # "Semarang | ● | Wed, March 12, 2025 | ● | 05:42 pm": a place, then the date and time
    timed = [p for p in parts if is_date_line(p) or (_CLOCK.search(p) and _is_timing(p))]
    if len(timed) >= 2 and all(len(p.split()) <= 4 for p in parts):
        return True
    return all(
        is_date_line(p) or is_weather_line(p) or (len(p.split()) <= 8 and re.search(r"\d", p))
        for p in parts
    )


def _is_keyword_list(text: str) -> bool:
    """Injected SEO lists: many short lower-case items between separators, or domains."""
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", text) if p.strip()]
    if len(parts) < 4:
        return False
    lower = sum(1 for p in parts if p[:1].islower() or URL_RE.search(p))
    return lower * 2 >= len(parts) and all(len(p.split()) <= 6 for p in parts)


_SECTION_WORDS = word_set("""
    sign log in out register subscribe feed climate
    home news sport sports business opinion politics world culture lifestyle travel tech
    technology science health economy markets entertainment video videos podcasts podcast
    jobs property puzzles weather money finance environment education local national
    international metro crime courts obituaries announcements events newsletters startups
    enterprise funding policy gadgets fiction essays poetry shop sustainability europe
    americas asia africa uk us latest live menu search more arts books film music food
    style fashion cars motoring games science climate investigations analysis features
    football baseball basketball hockey soccer cricket rugby tennis golf college fantasy
    betting racing boxing nfl nba mlb nhl what's whats on notices family announcements
    deaths e-edition
    """)


def _is_word_list(text: str) -> bool:
    """A menu whose separators were lost: capitalised words, no punctuation, and mostly
    the names of newspaper sections ("Home News Sport Business Opinion")."""
    tokens = text.split()
    if len(tokens) < 4 or re.search(r"[.!?,:;\"“”]", re.sub(r"\b(?:[A-Z]\.){2,}", "", text)):
        return False  # ("U.S." is a menu item, not a sentence)
    capitalised = sum(1 for t in tokens if t[:1].isupper() or t in ("&", "|", "·", "•", "/"))
    if capitalised * 5 < len(tokens) * 4:
        return False
    sections = sum(1 for t in tokens if fold(t) in _SECTION_WORDS)
    return sections * 2 >= len(tokens)


def _is_share_list(line: str) -> bool:
    """ "Share · Facebook · X · Reddit · Copy link 💬 312", "Share f 𝕏 ✉ Comments (87)"."""
    text = re.sub(r"\(\d[\d.,k]*\)|\b\d[\d.,k]*\b", " ", line.casefold())
    tokens = [t for t in re.split(r"[\s,|/·•:]+", text) if t and re.search(r"\w", t)]
    if len(tokens) < 2 and not (tokens and re.search(r"[^\w\s]{2,}", line)):
        return bool(tokens) and all(t in _SHARE_WORDS for t in tokens)
    letters = [t for t in tokens if len(t) > 1 or t in ("x", "f")]
    return bool(letters) and all(t in _SHARE_WORDS or len(t) == 1 for t in letters)


_BOX_HEADING = re.compile(r"(?i)^(?:about (?:me|the author)|über mich)\s*:")


@lru_cache(maxsize=8192)
def _footer_marker(line: str) -> bool:
    """A heading that starts the page's footer: "Most viewed", "About me: …", or either
    half of a bilingual one ("SOBRE LA AUTORA / ABOUT ME", "37 COMENTARIOS / COMMENTS")."""
    if any(_footer_marker(half) for half in _bilingual_halves(line)):
        return True
    key = re.sub(r"[^\w\s]", " ", line.casefold())
    key = " ".join(key.split())
    return (
        key in _FOOTER_MARKERS
        or bool(_BOX_HEADING.match(line))
        or bool(_COMMENTS_HEADING.match(line.strip()))
        or bool(_COMMENT_META.match(line))
    )


# A reader comment's byline or its buttons: "RiverRatKY · 6h", "VzlaLibre2018 · 3 hours
# ago", "Like (58) · Reply", "Reply · 👍 112". Prose never looks like this.
_COMMENT_META = re.compile(
    r"(?i)^\s*(?:↳\s*)?(?:[\w.@\-]{2,30}(?:[ ,]+[\w.@\-]{1,20}){0,3}\s*[·•|]\s*\d{1,2}\s*"
    r"(?:[smhdwy]|mins?|minutes?"
    r"|hrs?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?"
    r"|(?:like|likes)\s*\(\d+\)\s*[·•|]\s*reply|reply\s*[·•|]\s*(?:👍|like)\s*\(?\d*\)?)\s*$"
)
# "Etiquetas / Tags: …", "LEA TAMBIÉN / ALSO READ": one label in two languages
_BILINGUAL = re.compile(r"^(?P<a>[^/.!?]{2,40}?)\s+/\s+(?P<b>\S.{1,300})$")


def _bilingual_halves(line: str) -> tuple[str, ...]:
    """The second-language half of a bilingual label, and the first with what follows
    the label ("Etiquetas / Tags: …" -> "Tags: …", "Etiquetas: …")."""
    match = _BILINGUAL.match(line.strip())
    if not match or len(match.group("a").split()) > 5:
        return ()
    a, b = match.group("a"), match.group("b")
    tail = re.match(r"^[^:]{1,40}(:.*)$", b)
    return (b, a + tail.group(1)) if tail else (b, a)


def _is_spam(line: str) -> bool:
    """Link farms and keyword soup: many URLs/domains, or foreign words with no grammar."""
    tokens = line.split()
    if not tokens:
        return False
    urls = len(URL_RE.findall(line))
    if urls and (len(tokens) < 15 or urls / len(tokens) >= 0.1):
        return True
    n_words = len(words(line))
    grammar = max(stopword_ratio(line, EN_STOPWORDS), stopword_ratio(line, ES_STOPWORDS))
    if n_words >= 5 and non_ascii_letter_share(line) > 0.15 and grammar < 0.1:
        return True
    has_sentence = bool(re.search(r"[.!?,;:]", line))
    return n_words >= 12 and grammar < 0.04 and not has_sentence


def _is_appeal(line: str) -> bool:
    """A newsletter, donation or feedback appeal short enough to be page furniture.

    An appeal speaks to the reader ("your inbox", "we rely on …"), opens with its call
    ("Subscribe", "Sign up", "Donate now") or is a short label; a report *about*
    donations or subscriptions ("donations to candidates are not capped") is none of these.
    """
    if _QUOTED_SPEECH.match(line):
        return False  # “… that is a donation,” she said: someone's words, not an appeal
    hits = {m.group(0).casefold() for m in _APPEAL.finditer(line)}
    if not hits or (len(line.split()) > 40 and len(hits) < 2):
        return False
    return (
        len(line.split()) <= 8
        or bool(_READER.search(line))
        or any(_APPEAL_CALL.match(s) for s in _APPEAL_SEGMENT.split(line.strip()))
    )


_READER = re.compile(r"(?i)\b(?:you|your|yours|we|our|us|ihr|ihrem|ihre|votre|vous)\b")
_APPEAL_SEGMENT = re.compile(r"(?<=[.!?:])\s+|\s+[|–—-]\s+|^\(\s*(?:or\s+)?", re.IGNORECASE)
_APPEAL_CALL = re.compile(
    r"(?i)(?:subscribe|sign(?:ing)? up|donate|unsubscribe|become (?:a |part )|support\b"
    r"|newsletter\b|share this|contribute|chip in|join\b|abonnez|unterstützen|jetzt\b"
    r"|get (?:the|our)\b[^.!?]{0,60}\b(?:newsletter|briefing|brief|bulletin)\b)"
)


_QUOTED_SPEECH = re.compile(r"^\s*[“\"«„‘']\s*[^\W\d_]")


def _is_self_promo(line: str) -> bool:
    return bool(_SELF_PROMO_WE.search(line) and _SELF_PROMO_MEDIA.search(line))


def _is_lower_tag_line(line: str) -> bool:
    """Keyword/tag lines such as ``oscar perez - venezuela``: no capitals, no sentence."""
    return (
        not any(c.isupper() for c in line)
        and 0 < len(line.split()) <= 8
        and not line.endswith(_SENTENCE_END)
    )


def _language_switch(line: str) -> bool:
    if _LANG_SWITCH.match(line):
        return True
    tokens = [t for t in re.split(r"[\s|/·•,]+", line.casefold()) if t]
    return bool(tokens) and all(t in _LANGUAGE_NAMES for t in tokens)


_SEGMENT = re.compile(r"\s+[·|•]\s+")


@lru_cache(maxsize=8192)
def parse_byline(line: str) -> tuple[str | None, tuple[str, ...]] | None:
    """(publication, authors) when the line is a byline, else None.

    Recognises ``Publication | Author Name`` and ``By Author Name[, Publication]``; credit
    lines like ``Copy edited by X`` are bylines of nobody (returns (None, ())). A byline
    may share its line with dates, reading times and credits ("by X · 15.03.2025, 19:47",
    "Written by X · Edited by Y"), each between separators.
    """
    if len(line) > 160:
        return None
    if _BYLINE_BY.match(line) or line.lower().startswith("by "):
        # "By X (Bogotá) and Y (Washington)": where each reporter files from
        line = _FILED_IN_BRACKETS.sub("", line)
    credited = _CREDITED_NAMES.fullmatch(line.strip())
    if credited and _BARE_BYLINE.match(credited.group("names")):
        # "Ratna Puspitasari and Yoga Pratama (The Jakarta Courier)": names, then the outlet
        pub = credited.group("pub")
        if pub.startswith("The ") or _PUBLICATION_LINE.match(pub):
            names = _split_authors(credited.group("names"))
            if names:
                return pub, names
    segments = _SEGMENT.split(line.strip())
    if len(segments) > 1:
        found = [_parse_byline_segment(seg) for seg in segments]
        named = [f for f in found if f is not None and f[1]]
        # ("By X | Cúcuta": the place the reporter files from)
        rest_junk = all(
            f is not None
            or is_junk(seg)
            or is_date_line(seg)
            or _is_timing(seg)
            or (
                k > 0
                and re.fullmatch(r"[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w’'\-]+(?: [A-ZÀ-ÞĀ-ɏḀ-ỿ][\w’'\-]+){0,2}", seg)
            )
            for k, (f, seg) in enumerate(zip(found, segments, strict=True))
        )
        if named and rest_junk:
            return named[0]
        # "Pallavi Ghorpade | ICN | Updated: May 29, 2019, 07:42 IST": a bare name before
        # the agency and the date
        bare = _BARE_BYLINE.match(segments[0])
        dated = any(is_date_line(seg) for seg in segments[1:])
        others = all(
            is_junk(seg) or is_date_line(seg) or re.fullmatch(r"[A-Z]{2,6}", seg)
            for seg in segments[1:]
        )  # ("ICN", "PTI": the agency; "Published …" / "Updated about 3 hours ago")
        if bare and bare.group("job") is None and dated and others and not found[0]:
            names = _split_authors(bare.group("authors"))
            if names:
                return None, names
        if not _BYLINE_PIPE.match(line):
            return None
    return _parse_byline_segment(line)


_FILED_IN_BRACKETS = re.compile(
    r"\s*\((?:[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w’'\-]*(?:\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w’'\-]*){0,2})\)"
)
_CREDITED_NAMES = re.compile(r"(?P<names>[^()]{5,80}?)\s*\((?P<pub>[A-Z][^()]{1,40})\)")


def _parse_byline_segment(line: str) -> tuple[str | None, tuple[str, ...]] | None:
    if len(line) > 120:
        return None
    if _NOT_AUTHOR.match(line):
        return None, ()
    match = _BYLINE_PIPE.match(line)
    if match and not _BYLINE_BY.match(line):  # "By A and B | Paper" names its authors first
        pub = match.group("pub").strip()
        pub_words = pub.split()
        names = _split_authors(match.group("authors"))
        # ("VÉRTICE NOTICIAS | IN ENGLISH": an edition label, not a person)
        names = tuple(n for n in names if n.split()[0].casefold() not in EN_STOPWORDS)
        sponsor = _SPONSORED_START.match(pub) or _AD_LABEL.match(pub)  # "Sponsored | Brand"
        if 1 <= len(pub_words) <= 6 and pub[0].isupper() and not re.search(r"\d", pub):
            return (None, ()) if sponsor else (pub, names)
    match = _BYLINE_BY.match(line)
    if match:
        pub = (match.group("pub") or "").strip() or None
        if pub and _JOB_TITLE.search(pub):
            pub = None
        authors = _split_authors(match.group("authors"))
        # "By The Associated Press", "By Reuters Staff": an organisation, not a person
        agencies = [a for a in authors if a.startswith("The ") or _PUBLICATION_LINE.match(a)]
        if agencies:
            pub = pub or agencies[0].removesuffix(" Staff")
            authors = tuple(a for a in authors if a not in agencies)
        return pub, authors
    return None


_JOB_TITLE = re.compile(
    r"(?i)\b(?:editor|correspondent|reporter|writer|columnist|contributor|staff|bureau"
    r"|desk|chief|senior|journalist|analyst|producer|photographer|intern)s?\b"
)


_NAME_PART = re.compile(r"[^\W\d_]+")


def name_case(value: str) -> str:
    """ "WAMBUI KARANJA-OSORO" -> "Wambui Karanja-Osoro": bylines set in capitals are
    stored as names are written, so they match the same person elsewhere. Mixed-case
    names are returned as they are (their capitals are deliberate: "McAdam", "van Dijk")."""
    if not value.isupper():
        return value

    def part(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if word.startswith("mc") and len(word) > 3:
            return "Mc" + word[2:].capitalize()
        return word.capitalize()

    tokens = value.split(" ")
    return " ".join(
        t.lower() if i and t.lower() in _NAME_PARTICLES else _NAME_PART.sub(part, t)
        for i, t in enumerate(tokens)
    )


_FILED_FROM = re.compile(
    r"\s+(?:in|from)\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w\-]*){0,2}(?=\s*(?:,|&|\band\b|$))"
)


def _split_authors(value: str) -> tuple[str, ...]:
    """Names of a byline; job titles beside them ("Political Editor") and edition labels
    ("English Edition") are not authors."""
    # "X in Puerto Alto and Y in Miami": where each files from is not part of a name
    value = _FILED_FROM.sub("", value)
    names = [name_case(n.strip()) for n in _AUTHOR_SPLIT.split(value) if n.strip()]
    # "By Kirsty MacAulay Football Writer": the first name may carry its job title
    # (a later segment, "…, Local Democracy Reporter", is the job title alone)
    names[:1] = [_without_job(n) for n in names[:1]]
    return tuple(
        n
        for n in names
        if len(n.split()) >= 2 and not _JOB_TITLE.search(n) and not _EDITION.search(n)
    )


_BEAT_WORDS = word_set(
    "political senior chief deputy assistant associate staff investigative foreign "
    "diplomatic home transport courts football rugby cricket city data environment "
    "education crime health business sport sports politics economics science"
)


def _without_job(name: str) -> str:
    """ "Kirsty MacAulay Football Writer" -> "Kirsty MacAulay": a job title after the name."""
    tokens = name.split()
    if len(tokens) < 3 or not _JOB_TITLE.fullmatch(tokens[-1]):
        return name
    tokens = tokens[:-1]
    while len(tokens) > 2 and (_JOB_TITLE.fullmatch(tokens[-1]) or fold(tokens[-1]) in _BEAT_WORDS):
        tokens = tokens[:-1]
    return " ".join(tokens)


_OWNER_SUFFIX = re.compile(
    r"(?:\s+(?:Media|Group|Publishing|Publications|Holdings|Newspapers|Communications))*"
    r"(?:,?\s+(?:Ltd|Limited|Inc|LLC|plc|Pty|Corp|Corporation|SA|AG|GmbH|S\.A)\.?)+$"
    # "The Dade Ledger Media Company": the outlet's owning company, named after it
    r"|\s+(?:Media|Publishing|Newspaper|Newspapers) (?:Company|Co\.?|Group)$"
)


def _copyright_publication(line: str) -> str | None:
    match = _COPYRIGHT_PUB.search(line)
    if not match:
        return None
    pub = match.group("pub").strip(" .,-–")
    # "The Canopy Media Ltd 2025" is The Canopy: the year, then the company behind the title
    pub = re.sub(r"[\s,]+\d{4}$", "", pub)
    owned = _OWNER_SUFFIX.search(pub)
    if owned and owned.start() > 0:
        pub = pub[: owned.start()]
    if not pub or len(pub.split()) > 6 or not pub[0].isupper():
        return None
    return pub


_LEADING_SYMBOLS = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\s]+")


@lru_cache(maxsize=8192)
def is_junk(line: str) -> bool:
    """Page furniture that is never part of an article, judged on one paragraph alone."""
    if not words(line):
        return True
    # "📲 Get faster alerts!", "📢 Follow … on Viber": a pictograph before page furniture
    bare = _LEADING_SYMBOLS.sub("", line)
    if bare != line and is_junk(bare):
        return True
    if any(is_junk(half) for half in _bilingual_halves(line)):
        return True
    return (
        bool(_TICKER.match(line.strip()))
        or is_weather_line(line)
        or is_date_line(line)
        or _language_switch(line)
        or bool(_TEASER.match(line))
        or (bool(_TEASER_ANYWHERE.search(line)) and len(line.split()) <= 25)
        or (bool(_CALL_TO_ACTION_END.search(line)) and len(line.split()) <= 60)
        or bool(_CONTINUES.match(line))
        or (bool(_CREDIT.match(line)) and len(line.split()) <= 15)
        or bool(_EMBED.match(line))
        or bool(_WIRE_CREDIT.match(line))
        or _is_furniture(line)
        or (bool(_COOKIE.search(line) and _COOKIE_CONTEXT.search(line)) and len(line) < 500)
        or _is_share_list(line)
        or (bool(_COPYRIGHT.search(line)) and len(line.split()) <= 25)
        or (bool(re.match(r"(?i)©|copyright\b", line.strip())) and len(line.split()) <= 60)
        or bool(_NOT_AUTHOR.match(line))
        or _is_appeal(line)
        or _is_spam(line)
        or _is_lower_tag_line(line)
        or (bool(_TRANSLATION_CREDIT.search(line)) and len(line.split()) <= 25)
        or (bool(_AD_SPAM.search(line)) and len(line.split()) <= 30)
        or len(_AD_SPAM.findall(line)) >= 2
        or _is_bullet_list(line)
        or _is_tag_soup(line)
        # "Gareth Lumb ............. 4/1": a table with dot leaders (odds, contents, results)
        or (bool(re.search(r"\S\s?\.{4,}\s?\S", line)) and len(line.split()) <= 12)
    )


def _is_bullet_list(line: str) -> bool:
    """Several teaser headlines run together: "› Nitrogen rules: … › Milk prices fall …"."""
    bullet = _BULLET.match(line)
    return bool(bullet) and line.count(bullet.group().strip()) >= 3


def _is_tag_soup(line: str) -> bool:
    """SEO tag soup between pipes: "kenya news today | nakuru news | results 2027"."""
    parts = [p.strip() for p in line.split("|") if p.strip()]
    return (
        len(parts) >= 3
        and all(len(p.split()) <= 5 for p in parts)
        and sum(p[:1].islower() for p in parts) * 2 > len(parts)
        and not re.search(r"[.!?“”\"«»:;]", line)
    )


def _heading_like(line: str) -> bool:
    """A short line of capitalised words ("The Westminster Chronicle"): a masthead or a
    heading, never the tail of a hard-wrapped sentence."""
    tokens = line.split()
    return len(tokens) <= 8 and all(t[:1].isupper() or not t[:1].isalpha() for t in tokens)


_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")


def split_units(text: str) -> list[str]:
    """Paragraph candidates: one per line, re-joining lines that are hard wraps.

    Scraped text usually puts one block element per line, so a line is a paragraph unless
    it stops mid-sentence and the next line continues it (starts in lower case, or the
    line was long enough to have been wrapped at a fixed width).
    """
    units: list[str] = []
    previous = ""
    for line in text.split("\n"):
        if not line:
            previous = ""
            continue
        wrapped = (
            line[0].islower()
            or (len(previous) >= _WRAP_WIDTH and not is_junk(line) and not _heading_like(line))
        ) and not (
            is_junk(previous) or parse_byline(line) is not None or _complete_byline(previous)
        )
        tab_title = len(units) == 1 and bool(_TITLE_SUFFIX.search(previous))  # "… - Site"
        # the headline repeated above the standfirst ends its own unit
        headline = len(units) > 1 and len(previous) > 20 and units[0].startswith(previous)
        # "2. Full list of …" / "3. ‘I paid £9 …’": numbered list items are lines of their own
        headline = headline or bool(_NUMBERED_ITEM.match(line) and _NUMBERED_ITEM.match(previous))
        wrapped = wrapped and not (tab_title or headline) and previous.strip().casefold() != "by"
        if units and previous.strip().casefold() == "by":
            units[-1] = f"{units[-1]} {line}"  # "By" / "Kirsty MacAulay Football Writer"
        elif units and previous and not previous.endswith(_SENTENCE_END) and wrapped:
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        previous = line
    return units


def _complete_byline(line: str) -> bool:
    """A "By …" line is a block of its own: what follows it ("newsdesk@…", "English
    version: …") is another line, however long the byline is."""
    return line[:3].casefold() == "by " and parse_byline(line) is not None


def _is_weak(line: str) -> bool:
    return is_junk(line) or _appeals_to_reader(line) or len(line.split()) < 12


def _appeals_to_reader(line: str) -> bool:
    """An appeal of any length in the page's closing block: "Your comments … are
    invaluable to me" (a report about donations is not addressed to the reader)."""
    return _is_appeal(line) or bool(_APPEAL.search(line) and _READER.search(line))


def _tail_cut(units: list[str]) -> int:
    """Index where a trailing appeal block starts (or len(units) if there is none).

    The block starts at an appeal after which nothing substantial follows, and it also
    takes the outlet's self-description just before it ("we are the only source of ...").
    """
    cut = len(units)
    for i in range(len(units) - 1, -1, -1):
        if not _is_weak(units[i]):
            break
        if _appeals_to_reader(units[i]):
            cut = i
    if cut == len(units):
        return cut
    while cut > 0 and _is_self_promo(units[cut - 1]) and not _is_quote_like(units[cut - 1]):
        cut -= 1
    return cut


def _is_quote_like(line: str) -> bool:
    return any(mark in line for mark in '“”"«»„')


def _headline_like(unit: str) -> bool:
    return len(unit.split()) <= 20 and not unit.rstrip().endswith((".", "!", "?", ":"))


_SIDEBAR_MARKERS = frozenset(
    [
        "most viewed", "most read", "most popular", "most shared", "most commented",
        "trending", "trending now", "top stories", "recommended", "recommended for you",
        "read next", "you may also like", "you might also like", "mehr zum thema",
        "à lire aussi", "lesen sie auch", "more on this story", "more in this section",
    ]
)  # fmt: skip


def _sidebar_marker(line: str) -> bool:
    key = " ".join(re.sub(r"[^\w\s]", " ", line.casefold()).split())
    # ("TRENDING ON OMNIFEED", "Most read on the Courier")
    key = re.sub(
        r"^(trending|most read|most viewed|most popular|popular) (?:on|at|in) .{2,40}$", r"\1", key
    )
    return key in _SIDEBAR_MARKERS


def _without_sidebars(units: list[str]) -> list[str]:
    """A "Most viewed" box dropped between two paragraphs of the article: the marker and
    the teaser headlines under it go, and the article after them stays. A marker with no
    real paragraph after its headlines is a footer, left for ``_footer_cut``."""
    out: list[str] = []
    i = 0
    while i < len(units):
        if _sidebar_marker(units[i]):
            j = i + 1
            while (
                j < len(units)
                and not _footer_marker(units[j])  # "TRENDING NOW" / … / "COMMENTS (47)"
                and (
                    _headline_like(units[j])
                    or (_NUMBERED_ITEM.match(units[j]) and len(units[j].split()) <= 30)
                    or is_junk(units[j])  # a teaser's blurb ending "Read more ›"
                )
            ):
                j += 1
            resumes = (
                j < len(units)
                and len(units[j].split()) >= 15
                and j > i + 1
                and units[j].rstrip().endswith(_SENTENCE_END)  # prose, not run-on teasers
            )
            if resumes and not _footer_marker(units[j]) and not _AUTHOR_BIO.match(units[j]):
                i = j
                continue
            if j < len(units) and j > i + 1 and _footer_marker(units[j]):
                return out  # "TRENDING NOW" / headlines / "COMMENTS (47)": the footer
        out.append(units[i])
        i += 1
    return out


def _footer_cut(units: list[str]) -> int:
    """Index of a footer marker ("About me", "In Other News") in the back half, else len."""
    total = sum(len(u) for u in units) or 1
    seen = 0
    for i, unit in enumerate(units):
        if _footer_marker(unit) and seen >= 0.4 * total:
            # ("Please keep comments civil." above the first comment's byline)
            thread = _COMMENT_META.match(unit) or _COMMENTS_HEADING.match(unit.strip())
            while (
                thread
                and i > 0
                and _COMMENT_WORD.search(units[i - 1])
                and len(units[i - 1].split()) <= 30
            ):
                i -= 1
            return i
        seen += len(unit)
    return len(units)


# the thread's own rules ("Please keep comments civil"), not "declined to comment"
_COMMENT_WORD = re.compile(
    r"(?i)\b(?:comments|comentarios|commentaires|kommentare)\b|\b(?:log|sign) in to comment\b"
)


_MASTHEAD_WORD = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w’'&.\-]*|\d{1,2}|de|del|la|le|du|da|do|of|the|and|&)$"
)
_EDITION = re.compile(r"(?i)\b(?:edition|service|version|online|digital|international)\b")


_CONSENT = re.compile(r"(?i)\b(?:cookies?|privacy|consent|i accept|more options|partners)\b")


def _masthead(units: list[str], title_at: int) -> tuple[int, str] | None:
    """The site's name printed under the headline ("LAGOS LEDGER", "La Gazette de la
    Broye – English service", "TechLedger India" above the menu): the publication, and
    never an author or body text. Returns (unit index, name)."""
    candidates = [i for i in range(title_at + 1, min(title_at + 8, len(units)))]
    # (a cookie banner may stand between the tab title and the masthead)
    candidates = [
        i
        for i in candidates
        if not _CONSENT.search(units[i])
        and not is_weather_line(units[i])
        and not is_date_line(units[i])
    ]
    tab = _TITLE_SUFFIX.search(units[0]) if units else None
    site = tab.group("site").strip() if tab else ""
    if tab and _EDITION.search(site):
        # "Headline | El Farol de Doral – English Edition": the site before its edition
        inner = _TITLE_SUFFIX.search(units[0][: tab.start()])
        site = inner.group("site").strip() if inner else site
    for i in candidates[:2]:
        unit = units[i]
        name = re.split(r"\s+[|–—-]\s+", unit)[0].strip()
        tokens = name.split()
        # ("KWRV 9 NEWS": a channel number, not a date or a price)
        numbered = re.search(r"\d", name) and not re.fullmatch(r"[A-Z]{2,6} \d{1,2} [A-Z ]+", name)
        if not 1 <= len(tokens) <= 5 or numbered or _EDITION.search(name):
            continue
        if not all(_MASTHEAD_WORD.match(t) for t in tokens) or not tokens[0][:1].isupper():
            continue
        following = units[i + 1] if i + 1 < len(units) else ""
        shouting = name.isupper() and len(name) > 3
        menu = _is_navigation(following) or _is_word_list(following)
        if shouting or _PUBLICATION_LINE.match(name) or menu:
            if shouting:  # spelled as the tab title spells it ("KWRV 9 News"), else Title Case
                return i, site if fold(site) == fold(name) else name.title()
            return i, name
    # the name the browser-tab title gives after its headline, on a line of its own
    # below the skip links ("… | Montreal Ledger" / "Skip to Content" / "Montreal Ledger")
    for i in candidates[:4]:
        if site and len(site.split()) <= 5 and fold(units[i].strip()) == fold(site):
            return i, site
    return None


_LIST_HEADING = re.compile(
    r"(?i)^(?:read (?:also|more|next)|also read|more on this story|more (?:from|in) [\w ]{2,30}"
    r"|(?:you )?must read|don[’']?t miss|te puede interesar|también te puede interesar"
    r"|m[aá]s (?:de|en|noticias de|sobre) [\w ]{2,30}|lo m[aá]s (?:le[ií]do|visto)"
    r"|plus (?:de|d['’]|sur) ?[\w ]{2,30}|our [\w ]{2,20} stories"
    r"|(?:suggested |related )?topics|tags|site index|more videos|latest videos"
    r"|sponsored (?:stories|links|content)|promoted (?:stories|links|content)"
    r"|most (?:read|viewed|popular|shared)(?: in [\w ]{2,20})?|related(?: (?:stories|articles"
    r"|coverage|topics))?|key (?:updates|events|points)|you may also like"
    r"|recommended(?: (?:from|for you|by) [\w ]{2,30})?"
    r"|trending(?: now)?|latest(?: news| stories)?|top stories|in other news|lesen sie auch"
    r"|lire aussi|leia também|lee también)\s*:?$"
)
_BULLET = re.compile(r"^[›•–—\-*»·▶►]\s+")


def _without_teaser_lists(units: list[str]) -> list[str]:
    """A "Read also" / "Most read" heading and the headlines listed under it."""
    kept: list[str] = []
    skipping = False
    skipped: list[str] = []
    for unit in units:
        # ("LIRE AUSSI / READ ALSO": the heading in two languages)
        parts = re.split(r"\s+/\s+", unit.strip())
        if len(parts) <= 2 and any(_LIST_HEADING.match(part) for part in parts):
            skipping = True
            skipped = []
            continue
        n = len(unit.split())
        # "• Friday, 4.10pm: The laboratory emails …." is a sentence: the article's own list
        sentence_bullet = bool(_BULLET.match(unit)) and unit.rstrip().endswith(".")
        # one headline, or several a scrape ran together (no full stop between them)
        headline = (bool(_BULLET.match(unit)) and n <= 45 and not sentence_bullet) or (
            n <= 45 and not _SENTENCE_BREAK.search(unit)
        )
        if skipping and headline:
            skipped.append(unit)
            continue
        if skipping and sentence_bullet and skipped and len(skipped[-1].split()) <= 8:
            kept.append(skipped[-1])  # "How the scare unfolded": the list's own heading
        skipping = False
        kept.append(unit)
    return kept


# "(The Canopy: Jess Mabbott)", "[PHOTO: Kevin Ruto, Rift Courier]", "Northstar/Kyle Baptiste"
_CREDIT_LINE = re.compile(
    r"^(?:[(\[]\s*(?:(?i:photo|photograph|image|picture|video)s?\s*:\s*)?[^()\[\]]{2,60}:"
    r"\s*[^()\[\]]{2,40}[)\]]|[(\[]\s*(?i:photo|photograph|image)s?\s*:[^()\[\]]{2,60}[)\]]"
    r"|[A-Z][\w.&' ]{1,30}/[A-Z][\w.' ]{1,40})$"
)


def _without_credited_captions(units: list[str]) -> list[str]:
    """A picture credit on its own line, and the caption just above it."""
    drop: set[int] = set()
    for i, unit in enumerate(units):
        if _CREDIT_LINE.match(unit.strip()) and len(unit.split()) <= 8:
            drop.add(i)
            if i > 0 and len(units[i - 1].split()) <= 35:
                drop.add(i - 1)
    return [u for i, u in enumerate(units) if i not in drop]


def _title_index(units: list[str]) -> int | None:
    """The headline: the first line that is not furniture, unless that is the site's name
    or tagline and a later headline-shaped line is followed by the byline or date, as an
    article's headline is ("THE CANOPY" / "Independent science journalism" / … / the
    headline / "By Hannah Yeoh-Maddox")."""
    first = None
    for i, unit in enumerate(units[:15]):
        tab_title = i == 0 and "|" in unit  # "Short Headline | Site", not "Paper | Author"
        if is_junk(unit) or (parse_byline(unit) is not None and not tab_title):
            continue
        first = i
        break
    if first is None or len(units[first].split()) > 6 or _introduces_article(units, first):
        return first
    for i in range(first + 1, min(len(units), 25)):
        unit = units[i]
        n = len(unit.split())
        if n > _MAX_TITLE_WORDS:
            break  # the article has begun
        if (
            n >= 4
            and not unit.isupper()  # a section label: "HEALTH / INFECTIOUS DISEASE"
            and not is_junk(unit)
            and not unit.rstrip().endswith((".", ":", ","))
            and _introduces_article(units, i)
        ):
            return i
    return first


def _repeated_headline(units: list[str], first: int) -> int | None:
    """The page's own headline when the first line is the browser-tab title ("Headline |
    Site", "Headline – Site") and the headline is printed again further down, in full or
    longer than the tab could hold. Everything above it is masthead, menus and widgets."""
    match = _TITLE_SUFFIX.search(units[first])
    key = _heading_key(units[first][: match.start()]) if match else ""
    if len(key.split()) < 4:
        return None
    for i in range(first + 1, min(len(units), 40)):
        unit_key = _heading_key(units[i])
        # (the tab may also drop the quotation that opens the headline: "'We are not
        # animals': Mamelodi East residents …" under "Mamelodi East residents … | Site")
        if (
            len(units[i].split()) <= _MAX_TITLE_WORDS
            and (unit_key == key or unit_key.startswith(key + " ") or unit_key.endswith(" " + key))
            and not is_junk(units[i])  # "Home » Human Rights » <the headline>"
        ):
            return i
    return None


def _reworded_headline(units: list[str], first: int) -> int | None:
    """The page's own headline when the browser-tab title words it differently (an SEO
    title: "LHC stays demolition of … | Site" over "LHC halts razing of …"): a later
    headline-shaped line that the byline or date introduces and that shares most of the
    tab title's words."""
    match = _TITLE_SUFFIX.search(units[first])
    if first != 0 or not match:
        return None
    # ("Headline | El Farol de Doral – English Edition": every suffix off)
    headline = units[first][: match.start()]
    while (more := _TITLE_SUFFIX.search(headline)) and more.group("sep") != "-":
        headline = headline[: more.start()]
    tab = set(_heading_key(headline).split())
    if len(tab) < 4:
        return None
    for i in range(first + 1, min(len(units), 40)):
        unit = units[i]
        n = len(unit.split())
        if not 4 <= n <= _MAX_TITLE_WORDS or is_junk(unit) or unit.isupper():
            continue
        shared = tab & set(_heading_key(unit).split())
        if len(shared) >= 0.6 * len(tab) and _introduces_article(units, i):
            return i
    return None


def _introduces_article(units: list[str], i: int) -> bool:
    """A byline or a date line within the three lines under ``units[i]``."""
    for unit in units[i + 1 : i + 4]:
        bare = _BARE_BYLINE.match(unit) and not unit.isupper()
        if parse_byline(unit) is not None or is_date_line(unit) or bare:
            return True
    return False


_TITLE_SUFFIX = re.compile(r"\s+(?P<sep>[|–—-])\s+(?P<site>[^|–—]{2,40})$")


def _tab_site(units: list[str]) -> str | None:
    """ "Headline | Latitud": the site's name as the browser tab gives it, when the page
    prints it again (a photo credit, the footer). It outranks the copyright line, which
    often names the company behind the title ("© 2025 Latitud Media")."""
    tab = _TITLE_SUFFIX.search(units[0]) if units else None
    if tab is None or tab.group("sep") == "-":
        return None
    site = tab.group("site").strip()
    tokens = site.split()
    if not 1 <= len(tokens) <= 5 or not all(t[:1].isupper() for t in tokens):
        return None
    printed = re.compile(rf"(?<!\w){re.escape(fold(site))}(?!\w)")
    if any(printed.search(fold(u)) for u in units[1:]):
        return site
    return None


def _without_site_suffix(title: str, units: list[str]) -> str:
    """ "Headline | The Daily Clarion" (a browser tab title): the headline alone."""
    match = _TITLE_SUFFIX.search(title)
    if not match:
        return title
    headline = title[: match.start()].strip()
    site = match.group("site").strip()
    site_like = len(site.split()) <= 5 and all(w[:1].isupper() for w in site.split())
    if match.group("sep") == "-":
        # a hyphen also joins a headline's own parts: only the site's name, printed on
        # the page as a masthead, is a suffix ("Headline - Heartland News")
        site_like = site_like and any(fold(u.strip()) == fold(site) for u in units)
    if headline in units or (site_like and len(headline.split()) >= 4):
        return headline
    return title


def _heading_key(value: str) -> str:
    return " ".join(re.findall(r"\w+", fold(value)))


def _widget_date(units: list[str], i: int) -> bool:
    """A date next to a weather line is the site header's "today", not the article's date
    (a page scraped years later would otherwise be dated the day it was scraped)."""
    return any(is_weather_line(units[j]) for j in (i - 1, i + 1) if 0 <= j < len(units))


# A short title-case line that names a news organisation: "BBC News", "The Daily Star"
_PUBLICATION_LINE = re.compile(
    r"^(?=[^\n]{2,40}$)(?:[A-Z][\w&'.\-]*\s?){0,3}(?:News|Times|Post|Herald|Tribune"
    r"|Journal|Gazette|Guardian|Telegraph|Express|Mail|Press|Radio|TV|Television|Daily|Review"
    r"|Magazine|Wire|Chronicle|Observer|Standard|Independent|Ledger|Star|Sun|Mirror"
    r"|Courier|Record|Monitor|Dispatch|Reuters|AFP|BBC|CNN)(?:\s[A-Z][\w&'.\-]*){0,2}$"
)
# "BRASILIA, Aug 2 (Reuters) - …": the wire service that sent the story
_DATELINE_AGENCY = re.compile(
    r"^[A-ZÀ-ÞĀ-ɏḀ-ỿ][A-ZÀ-ÞĀ-ɏḀ-ỿ .'\-]{1,40}(?:,[^()\n]{1,40})?\s*"
    r"\((?P<agency>[A-Z][\w.&' \-]{1,30})\)\s*[-–—]\s"
)


def clean(raw: str, *, source: str = "") -> Cleaned:
    """Split a raw page into title, publication, authors, date and body paragraphs."""
    units = split_units(normalise(raw))
    units = [_GLUED_LANGUAGE.sub("", u) for u in units]

    publication: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    copyright_pub: str | None = None
    signed = False  # authors come from a "By …" line
    title_at = _title_index(units)
    for i, unit in enumerate(units):
        translated = _TRANSLATED_BYLINE.match(unit)
        if translated and not authors:
            authors = (translated.group("name"),)  # "Léa V. — Translated from French by …"
        # ("Short Headline | Site Name" is a tab title, not "Publication | Author")
        byline = parse_byline(unit) if i != title_at else None
        if byline is not None:
            pub, names = byline
            following = units[i + 1] if i + 1 < len(units) else ""
            if pub is None and _PUBLICATION_LINE.match(following):
                pub = following  # "By Jane Smith" / "BBC News" on the next line
            publication = publication or pub
            if names and not signed and _BYLINE_BY.match(_SEGMENT.split(unit.strip())[0]):
                authors, signed = names, True  # "By X" outranks a guessed "Site | X"
            authors = authors or names
        if copyright_pub is None and _COPYRIGHT.search(unit):
            copyright_pub = _copyright_publication(unit)
        if published is None and i < 6 and is_date_line(unit) and not _widget_date(units, i):
            published = parse_date(unit)[0]
    agency = next((m.group("agency") for u in units if (m := _DATELINE_AGENCY.match(u))), None)
    masthead = _masthead(units, title_at) if title_at is not None else None
    publication = (
        (masthead[1] if masthead else None)
        or publication
        or _tab_site(units)
        or copyright_pub
        or agency
        or _publication_from_source(source)
    )
    if masthead:
        # the masthead, and its slogan right under it ("Your news. Your voice.")
        m = masthead[0]
        slogan = m + 1 != title_at and _is_slogan(units[m + 1 : m + 3])
        units = [u for i, u in enumerate(units) if i != m and not (slogan and i == m + 1)]

    if title_at is None:
        first = next((u for u in units if words(u)), "")
        return Cleaned(first[:300], publication, authors, published, "")
    title_at = (
        _repeated_headline(units, title_at) or _reworded_headline(units, title_at) or title_at
    )
    title = _without_site_suffix(units[title_at], units)
    rest = units[title_at + 1 :]
    if len(title.split()) > _MAX_TITLE_WORDS:
        title, rest = "", units[title_at:]  # no headline: the text starts with prose
    rest = _without_ad_creatives(rest)
    rest = _without_sidebars(rest)
    rest = rest[: _footer_cut(rest)]
    rest = rest[: _tail_cut(rest)]
    rest = _without_teaser_lists(rest)
    rest = _without_credited_captions(rest)
    rest = _without_sponsored_blocks(rest)
    title_key = _heading_key(title)
    rest = [u for u in rest if _heading_key(u) != title_key]  # the headline repeated
    rest = _without_prompt_headings(rest)
    rest, header_names = _without_header(rest)
    authors = authors or header_names
    paragraphs = [
        unit
        for unit in rest
        if not is_junk(unit) and parse_byline(unit) is None and _heading_key(unit) != title_key
    ]
    paragraphs = _without_trailing_headlines(paragraphs)
    paragraphs, bio_names = _trailing_bios(paragraphs)
    authors = authors or bio_names or _about_box_author(units)
    authors = _without_beats(authors, "\n".join(units))
    paragraphs = [p for p in paragraphs if not _is_author_bio(p, authors, publication)]
    if publication:
        # "… before dawn. – Tanod News": the outlet's sign-off is not the reporter's text
        sign_off = re.compile(rf"(?<=[.!?”\"’])\s+[–—-]+\s*{re.escape(publication)}\s*$", re.I)
        paragraphs = [sign_off.sub("", p) for p in paragraphs]
    return Cleaned(title, publication, authors, published, "\n\n".join(paragraphs))


_BARE_BYLINE = re.compile(
    rf"^(?P<authors>{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*)(?:,?\s+(?P<job>[A-Z][\w ]{{0,40}}))?$"
)


def _without_beats(authors: tuple[str, ...], text: str) -> tuple[str, ...]:
    """ "Gavin Hurrell Harbourside Athletic writer": the words after the name are the beat
    the reporter covers, a subject the page names again and again on its own, while a
    person's own surnames appear with the rest of the name."""
    out = []
    for name in authors:
        tokens = name.split()
        for k in range(2, len(tokens) - 1):
            tail = " ".join(tokens[k:])
            if text.count(tail) > text.count(name):
                name = " ".join(tokens[:k])
                break
        out.append(name)
    return tuple(out)


def _is_slogan(following: list[str]) -> bool:
    """The line under the masthead is the outlet's slogan or tagline ("Your news. Your
    voice.", "Business · Markets · Energy — from Oslo and Helsinki"), unless it is a byline
    ("Marcus Delorme" / "Retail Reporter")."""
    if not following:
        return False
    under, after = following[0], (following[1] if len(following) > 1 else "")
    tagline = len(under.split()) <= 16 and bool(re.search(r"\s[·|—–]\s", under))
    tagline = tagline and not under.rstrip().endswith(_SENTENCE_END)
    byline = _BARE_BYLINE.match(under) and _JOB_TITLE.search(after) and len(after) < 40
    return (len(under.split()) <= 6 or tagline) and not byline


def _without_trailing_headlines(paragraphs: list[str]) -> list[str]:
    """Headlines listed after the article's last sentence ("Our Pacific" / "Tonga's new
    cable link goes live …"): an article ends with a sentence, a teaser box does not."""
    end = len(paragraphs)
    while end > 0 and len(paragraphs[end - 1].split()) <= 45:
        last = paragraphs[end - 1]
        # ("… before dawn. – Tanod News": a sentence, then the outlet's sign-off)
        if last.rstrip().endswith(_SENTENCE_END) or _SENTENCE_BREAK.search(last):
            break
        end -= 1
    if 0 < end < len(paragraphs):
        return paragraphs[:end]
    return paragraphs


def _without_prompt_headings(units: list[str]) -> list[str]:
    """A newsletter's name over its sign-up prompt ("Ledger Headline News" / "Sign up to
    receive daily headline news …"): the heading goes with the prompt."""
    drop = {
        i
        for i, unit in enumerate(units[:-1])
        if 1 <= len(unit.split()) <= 6
        and not unit.rstrip().endswith((".", "!", "?", ":", "”", '"'))
        and all(w[:1].isupper() or fold(w) in TITLE_SMALL_WORDS for w in unit.split())
        and _APPEAL_CALL.match(units[i + 1])
        and _is_appeal(units[i + 1])
    }
    return [u for i, u in enumerate(units) if i not in drop]


def _without_ad_creatives(units: list[str]) -> list[str]:
    """The advert under an "ADVERTISEMENT" label: a headline that does not end like a
    sentence ("Brits born before 1975 are only just discovering this loophole …"), and
    the advertiser's credit under it; an article paragraph after the label stays."""
    drop: set[int] = set()
    for i, unit in enumerate(units[:-1]):
        following = units[i + 1]
        if (
            _AD_LABEL.match(unit)
            and len(following.split()) <= 30
            and not following.rstrip().endswith(_SENTENCE_END)
            and not (_sidebar_marker(following) or _footer_marker(following))
        ):
            drop.add(i + 1)
        marked = any(_SPONSORED_END.match(u) for u in units[i + 1 : i + 30])
        if _SPONSORED_START.match(unit) and not marked:  # (a marked block goes whole, later)
            # "SPONSORED CONTENT · Recommended by Clickvault" / "Headline — Brand" / …
            adverts = []
            for j in range(i + 1, min(len(units), i + 11)):
                if units[j].rstrip().endswith(_SENTENCE_END) and not _AD_SPAM.search(units[j]):
                    break
                adverts.append(j)
            if adverts:
                drop.update([i, *adverts])
    return [u for i, u in enumerate(units) if i not in drop]


def _without_sponsored_blocks(units: list[str]) -> list[str]:
    """Drop "— SPONSORED —" … "— END SPONSORED —" blocks (only when the end is marked)."""
    out: list[str] = []
    i = 0
    while i < len(units):
        start = _SPONSORED_START.match(units[i])
        if start:
            kind = start.group("kind").casefold()
            ends = (
                j
                for j in range(i + 1, min(len(units), i + 30))
                if (end_match := _SPONSORED_END.match(units[j]))
                and end_match.group("kind").casefold() == kind
            )
            end = next(ends, None)
            if end is not None:
                i = end + 1
                continue
        out.append(units[i])
        i += 1
    return out


def _without_header(units: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Between the headline and the first real paragraph sit section labels ("Crime"),
    series names and bare bylines ("Ana Ruiz and Tom Hale", "Hugh Fennimore Political
    editor"): none of them is article text. Returns the units left and any byline names.
    """
    first = next(
        (
            i
            for i, unit in enumerate(units)
            if len(unit.split()) >= 12 and not is_junk(unit) and parse_byline(unit) is None
        ),
        None,
    )
    if first is None:
        return units, ()
    # a standfirst above the byline ("Sheriff says the men …" / "Author: …" / "Reporter"):
    # the header runs on to the byline or date line that follows it
    # (share buttons and a picture caption may stand between the standfirst and the byline)
    following = [
        i
        for i in range(first + 1, min(first + 12, len(units)))
        if not is_junk(units[i]) or is_date_line(units[i])
    ]
    for i in following[:3]:
        unit = units[i]
        bare = _BARE_BYLINE.match(unit) and not is_junk(unit)  # not "Video Loading"
        if parse_byline(unit) is not None or is_date_line(unit) or bare:
            later = next(
                (
                    j
                    for j in range(i + 1, len(units))
                    if len(units[j].split()) >= 12
                    and not is_junk(units[j])
                    and parse_byline(units[j]) is None
                ),
                None,
            )
            if later is not None:
                first = later
            break
        if len(unit.split()) >= 12 and not is_junk(unit):
            break  # the article has begun
    names: tuple[str, ...] = ()
    kept: list[str] = []
    byline_at = max(
        (k for k, u in enumerate(units[:first]) if parse_byline(u) or _BARE_BYLINE.match(u)),
        default=-1,
    )
    for k, unit in enumerate(units[:first]):
        if parse_byline(unit) is not None:
            continue  # a "By …" line, already read (its names, or an agency)
        bare = _BARE_BYLINE.match(unit) if not (unit.isupper() or is_junk(unit)) else None
        if bare and (bare.group("job") is None or _JOB_TITLE.search(bare.group("job"))):
            # ("Marcus Delorme" / "Retail Reporter" / "Jocelyn Haddad" / "Business Reporter")
            found = _split_authors(bare.group("authors"))
            names += tuple(
                n
                for n in found
                if n not in names
                and not _PUBLICATION_LINE.match(n)
                and n.split()[0].casefold() not in EN_STOPWORDS  # "For Subscribers"
            )
            continue
        # labels, taglines, section names: a header line that is not a sentence
        # ("Below are excerpts from the session with journalists:" introduces the text)
        introduces = unit.rstrip().endswith(":") and len(unit.split()) >= 6
        if len(unit.split()) <= 12 and not (
            unit.rstrip().endswith((".", "!", "?", "”", '"')) or introduces
        ):
            continue
        if k < byline_at:
            continue  # a standfirst: the headline's summary, above the byline
        kept.append(unit)
    return kept + units[first:], names


_TRANSLATED_BYLINE = re.compile(rf"^(?P<name>{_NAME})\s*[—–-]\s*(?i:translated from)\b")
_BIO_VERB = re.compile(
    r"^(?:\s*,[^,]{1,60},)?\s+(?:covers|writes|reports"
    r"|is (?:a|an|the|our|[A-Z][\w’'\- ]{1,40}['’]s?)(?:\b|(?<=’)|(?<='))"
    r"|has (?:been|reported|written|covered)\b|joined\b)"
)


def _is_author_bio(paragraph: str, authors: tuple[str, ...], publication: str | None) -> bool:
    """ "Marcus T. Delahunt covers education for The Courier-Tribune. Follow him on X": an
    author's biography (anywhere after the article), or the masthead repeated as text."""
    if publication and fold(paragraph.strip()) == fold(publication):
        return True
    if any(fold(paragraph.strip()) == fold(author) for author in authors):
        return True  # the author box's name line
    if len(paragraph.split()) > 80:
        return False
    for author in authors:
        if paragraph.startswith(author) and _BIO_VERB.match(paragraph[len(author) :]):
            return True
    return False


_ABOUT_HEADING = re.compile(r"(?i)^(?:about (?:me|the author)|the author|author)$")


def _about_box_author(units: list[str]) -> tuple[str, ...]:
    """The name under an "About me" / "About the author" heading, when no byline gave one."""
    for i, unit in enumerate(units[:-1]):
        if _ABOUT_HEADING.match(unit.strip()) and re.fullmatch(_NAME, units[i + 1].strip()):
            return (units[i + 1].strip(),)
    return ()


def _trailing_bios(paragraphs: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Author biographies that close an article: removed from the body, names kept.

    Only at the very end, only short, and never the whole article, so a profile that
    starts "X is a journalist who ..." in its body stays.
    """
    names: list[str] = []
    while len(paragraphs) > 1:
        last = paragraphs[-1]
        match = _AUTHOR_BIO.match(last)
        if not match or len(last.split()) > _MAX_BIO_WORDS:
            break
        names.insert(0, match.group("name"))
        paragraphs = paragraphs[:-1]
    return paragraphs, tuple(names)


def _publication_from_source(source: str) -> str | None:
    """A URL's host (``www.example.com`` -> ``example.com``) when the source is a URL."""
    if "://" not in source:
        return None
    try:
        host = urlsplit(source).hostname or ""
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host or None
