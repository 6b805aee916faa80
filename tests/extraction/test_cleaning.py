import datetime as dt
from pathlib import Path

from archive.extraction import PIPELINE_VERSION, extract
from archive.extraction.cleaning import is_date_line, parse_byline
from archive.extraction.text import normalise

from .checks import assert_invariants

ARTICLE = """22.4 C
Monday, 3 March, 2025

Mayor Wins Vote on River Bridge

Mayor Ana Torres won a council vote on the new bridge over the river on Monday evening.

Subscribe to our weekly newsletter

The bridge will cost 40 million dollars and open in two years, the council said.

You must read: Ten things about bridges

Facebook
Twitter
Email
Print

Critics said the\u00a0project   was rushed and that residents were not consulted.

Mayor Wins Vote on River Bridge

(Text continues below photo)

Credit...City Hall Press Office

We use cookies to improve your experience. By continuing to browse you accept our cookie policy.

© 2025 Riverside Daily. All Rights Reserved.
"""


def test_title_skips_weather_and_date_lines():
    article = extract(ARTICLE)
    assert article.title == "Mayor Wins Vote on River Bridge"
    assert article.published is None  # the header widget's "today", beside the weather
    assert article.language == "en"


def test_body_keeps_real_paragraphs_and_drops_furniture():
    article = extract(ARTICLE)
    assert article.body.split("\n\n") == [
        "Mayor Ana Torres won a council vote on the new bridge over the river on Monday evening.",
        "The bridge will cost 40 million dollars and open in two years, the council said.",
        "Critics said the project was rushed and that residents were not consulted.",
    ]
    assert_invariants(article)


def test_copyright_line_gives_publication():
    assert extract(ARTICLE).publication == "Riverside Daily"


def test_pipe_byline_gives_publication_and_author_not_copy_editor():
    raw = (
        "Storm Hits Coast\n\nA storm hit the coast on Tuesday and closed the port for a day.\n\n"
        "Harbour Times | Maria Lopez Garcia\nCopy edited by John Smith\n"
    )
    article = extract(raw)
    assert article.publication == "Harbour Times"
    assert article.authors == ("Maria Lopez Garcia",)
    assert "Maria Lopez" not in article.body
    assert "Copy edited" not in article.body


def test_by_line_gives_authors():
    assert parse_byline("By Jane Doe and Peter Smith") == (None, ("Jane Doe", "Peter Smith"))
    assert parse_byline("Copy edited by Susan Roe") == (None, ())
    assert parse_byline("BREAKING NEWS | VIDEO – the minister resigns over the scandal") is None


def test_date_lines():
    assert is_date_line("Wednesday, 24 April, 2024")
    assert is_date_line("Jan. 15, 2018")
    assert is_date_line("Updated 2019-05-01 10:30")
    assert not is_date_line("On Jan. 15, 2018 the police raided the house.")


def test_footer_marker_cuts_everything_after_it():
    raw = (
        "Quiet Day in Parliament\n\n"
        + "Members of parliament debated the budget for six hours without a vote. " * 3
        + "\n\nThe debate resumes next week with the opposition's amendments.\n\n"
        "About Me\n\nJohn Writer\n\nI am a journalist who loves long debates and coffee.\n\n"
        "Follow me"
    )
    article = extract(raw)
    assert article.body.endswith("opposition's amendments.")
    assert "journalist who loves" not in article.body


def test_trailing_donation_block_is_removed_with_outlet_self_description():
    raw = (
        "Floods Reach the Valley\n\n"
        "Floods reached the valley on Sunday and hundreds of families left their homes "
        "overnight.\n\n"
        "Officials expect the water to fall by Wednesday if the rain stops as forecast.\n\n"
        "Every day thousands of readers trust our independent news to stay informed.\n\n"
        "That is why we created a membership program. Make a one-time contribution today.\n\n"
        "It only takes a minute.\n\nDonate now"
    )
    article = extract(raw)
    assert article.body.split("\n\n") == [
        "Floods reached the valley on Sunday and hundreds of families left their homes overnight.",
        "Officials expect the water to fall by Wednesday if the rain stops as forecast.",
    ]


def test_seo_spam_and_url_blocks_are_removed():
    raw = (
        "Harbour Reopens\n\nThe harbour reopened on Friday after repairs to the main pier.\n\n"
        "Dịch vụ seo, Dịch vụ seo nhanh , Thiết kế website , máy sấy thịt bò mỹ thành lập\n\n"
        "https://spam.example.com/ https://more.example.net/ buy cheap things here\n\n"
        "Keywords clouds text link http://example.vn\n\n"
        "Boats were waiting outside the harbour all week for the pier to open again."
    )
    article = extract(raw)
    assert article.body.split("\n\n") == [
        "The harbour reopened on Friday after repairs to the main pier.",
        "Boats were waiting outside the harbour all week for the pier to open again.",
    ]


def test_language_switcher_and_tag_lines_are_removed():
    raw = (
        "Election Results\n\nelection - results\n\nEspañolThe electoral council published "
        "the results at midnight.\n\nen_USEnglish"
    )
    article = extract(raw)
    assert article.body == "The electoral council published the results at midnight."


def test_spanish_and_undetermined_language():
    es = extract("Título\n\nEl presidente dijo que la economía de los ciudadanos es muy fuerte.")
    assert es.language == "es"
    assert extract("Title\n\n12345 67890").language == "und"


def test_pipeline_version_is_a_string():
    assert isinstance(PIPELINE_VERSION, str) and PIPELINE_VERSION


def test_hard_wrapped_lines_are_one_paragraph():
    raw = (
        "Senate Debate\n\n"
        "The senators argued for hours in the chamber without reaching any agreement on\n"
        "the budget or on the health reform, and the session closed after midnight.\n\n"
        "A second paragraph."
    )
    assert extract(raw).body.split("\n\n") == [
        "The senators argued for hours in the chamber without reaching any agreement on "
        "the budget or on the health reform, and the session closed after midnight.",
        "A second paragraph.",
    ]


def test_publication_from_url_source():
    article = extract("Title\n\nSome text here.", source="https://www.example.org/news/1")
    assert article.publication == "example.org"


def test_caption_ending_in_a_call_to_action_is_dropped():
    raw = (
        "The Headline Of The Piece\n\n"
        "A reconstruction of the square placed the evidence in space and time. The tower is "
        "on the left. View the full interactive map here.\n\n"
        "The investigation began in March, when residents sent the first videos to reporters."
    )
    article = extract(raw)
    assert "View the full" not in article.body
    assert article.body.startswith("The investigation began in March")


def test_trailing_author_bios_become_authors_and_leave_the_body():
    raw = (
        "The Headline Of The Piece\n\n"
        "Maria Lopez is a nurse who has worked in the clinic for ten years, the report says.\n\n"
        "The clinic closed in May after the funding stopped and the staff were dismissed.\n\n"
        "Jane Roe is a reporter at the Daily Example.\n\n"
        "John Q. Public is a doctoral student at the University of Somewhere."
    )
    article = extract(raw)
    assert article.authors == ("Jane Roe", "John Q. Public")
    assert "Jane Roe is a reporter" not in article.body
    assert "doctoral student" not in article.body
    # A biography-like sentence inside the article is article text.
    assert article.body.startswith("Maria Lopez is a nurse")


def test_header_date_beside_the_weather_is_not_the_publication_date():
    widget = extract(
        "29 °C\n\nWednesday, 24 April, 2024\n\nHeadline of the Story\n\nBody text here."
    )
    assert widget.published is None
    dated = extract("Headline of the Story\n\nPublished 15 January 2018\n\nBody text here.")
    assert dated.published == dt.date(2018, 1, 15)


def test_wire_credit_line_is_dropped_and_dateline_city_is_a_place():
    article = extract(
        "Floods kill 12 in the north\n\n"
        "LIMA, March 3 (Reuters) - Flash floods killed at least 12 people on Sunday, "
        "officials said.\n\n"
        "Meteorologist Ana Torres of the National Weather Service said more rain would come.\n\n"
        "(Reporting by Sam Carter; Editing by Tom Brown)"
    )
    assert "Reporting by" not in article.body
    kinds = {e.name: e.kind for e in article.entities}
    # the shouted dateline is the entity's only form, and it is named in Title Case
    assert kinds["Lima"] == "place"
    assert kinds["Ana Torres"] == "person"
    assert kinds["National Weather Service"] == "organization"
    assert not {"Sam Carter", "Tom Brown"} & set(kinds)


def test_job_title_in_a_byline_is_not_an_author():
    article = extract(
        "Budget row deepens\n\nBy Helen Ward, Political Editor\n\nThe budget was passed."
    )
    assert article.authors == ("Helen Ward",)
    other = extract("Budget row deepens\n\nBy Helen Ward and Sam Carter\n\nThe budget was passed.")
    assert other.authors == ("Helen Ward", "Sam Carter")


# A page assembled from the furniture of several real sites around two real paragraphs.
PAGE_FURNITURE = (Path(__file__).resolve().parents[1] / "data" / "furniture_page.txt").read_text(
    encoding="utf-8"
)


def test_page_furniture_goes_and_both_real_paragraphs_stay():
    article = extract(PAGE_FURNITURE)
    assert article.title == "Council budget row deepens over care gap"
    assert article.body.split("\n\n") == [
        "A row over how the council should close a £4.2 million gap in its care budget spilled "
        "into the open on Wednesday night.",
        "The council's cabinet will consider the final budget proposals at Ashdown House on 13 "
        "March, officials said.",
    ]
    assert article.authors == ("Chinedu Olaniyan-Peters", "Funmilayo Adekunle")


def test_bylines_sharing_a_line_with_dates_and_credits():
    cases = {
        "by Andrei Costache · 15.03.2025, 19:47": ("Andrei Costache",),
        "Written by Aparna Venkataraman · Edited by Rohit Malhotra": ("Aparna Venkataraman",),
        "Live reporting by Marta Quintela and Hugo Brandão in Alvorada do Sado": (
            "Marta Quintela",
            "Hugo Brandão",
        ),
        "Interview by Julian Ferreira-Stokes | 14 October 2024 | 11 min read": (
            "Julian Ferreira-Stokes",
        ),
    }
    for line, names in cases.items():
        assert parse_byline(line) is not None, line
        assert parse_byline(line)[1] == names, line
    assert is_date_line("Publié le 07.11.2024 à 11h42, mis à jour à 15h10")
    assert is_date_line("Updated: Mar 12, 2025, 09:18 IST")


def test_a_quoted_paragraph_that_mentions_donations_is_speech_not_an_appeal():
    raw = (
        "Nurses strike over unpaid allowances\n\n"
        "Nurses at the teaching hospital began an indefinite strike on Monday over eleven "
        "months of unpaid allowances, their union said.\n\n"
        "Comrade Ngozi Abiodun, the branch chairperson, said the branch had written to the "
        "management eleven times since July.\n\n"
        '"Our members are buying their own gloves. Some of them trek from Ikotun because '
        "they cannot afford transport. That is not a job, that is a donation.\n\n"
        "Donate to support our journalism today.\n\n"
        "The Ministry of Health said the arrears would be cleared within the first quarter."
    )
    article = extract(raw)
    assert_invariants(article)
    assert "that is a donation." in article.body
    assert "Donate to support" not in article.body


def test_a_wire_dateline_names_the_agency_as_publication():
    article = extract(
        "Lula vows to protect the Amazon as deforestation falls\n\n"
        "BRASILIA, Aug 2 (Reuters) - Brazilian President Luiz Inacio Lula da Silva said on "
        "Wednesday his government would end illegal deforestation in the Amazon by 2030.\n\n"
        "Environment Minister Marina Silva said the drop was the result of enforcement."
    )
    assert_invariants(article)
    assert article.publication == "Reuters"


def test_undecoded_character_references_are_decoded_once_and_stay_text():
    article = extract(
        "Mayor promises a new bridge for the town\n\n"
        "Maria Lopez said &#8220;we will rebuild the bridge within a year&#8221; at the "
        "R&amp;D centre, where a sign read &amp;lt;script&amp;gt; as a joke.\n\n"
        "The council meets on Monday to approve the budget for the project."
    )
    assert_invariants(article)
    assert "R&D centre" in article.body
    assert "&lt;script&gt;" in article.body  # decoded once: still text, not markup
    assert article.quotations[0].text == "we will rebuild the bridge within a year"


def test_a_news_organisation_on_the_line_under_the_byline_is_the_publication():
    article = extract(
        "Storm Babet: Woman dies as danger to life warning issued\n\n"
        "By Jane Smith\n\nBBC News\n\n"
        "A woman has died after being swept into a river as Storm Babet brought torrential "
        "rain to parts of the UK, police said.\n\n"
        "The 57-year-old was pulled from the River South Esk in Angus on Thursday."
    )
    assert_invariants(article)
    assert article.publication == "BBC News"
    assert article.authors == ("Jane Smith",)
    assert "BBC News" not in article.body
    assert "Storm Babet" not in {e.name for e in article.entities}


def test_a_masthead_under_the_headline_is_the_publication_never_an_author():
    article = extract(
        "Nurses at Lagos teaching hospital begin indefinite strike\n\n"
        "LAGOS LEDGER\n\n"
        "Home | News | Politics | Metro | Health | Business\n\n"
        "Chinedu Olaniyan-Peters and Funmilayo Adekunle\n\n"
        "Nurses at the teaching hospital began an indefinite strike on Monday over eleven "
        "months of unpaid allowances, their union said.\n\n"
        "The Ministry of Health said the arrears would be cleared within the first quarter.\n\n"
        "© 2025 Lagos Ledger Media Ltd. All rights reserved."
    )
    assert_invariants(article)
    assert article.publication == "Lagos Ledger"
    assert article.authors == ("Chinedu Olaniyan-Peters", "Funmilayo Adekunle")
    assert "LAGOS LEDGER" not in article.body


def test_edition_labels_are_not_authors_and_copyright_ends_at_its_sentence():
    article = extract(
        "Former Nordwerk finance chief jailed for six years over hidden losses\n\n"
        "ELBE TRIBUNE | English Edition\n\n"
        "Home > Economy > Courts\n\n"
        "12.03.2025, 16:05 Uhr · Von Katharina Brenninkmeyer · Lesezeit: 5 Min.\n\n"
        "The former chief financial officer of the logistics group Nordwerk Logistik AG was "
        "sentenced to six years in prison on Wednesday.\n\n"
        "The court found that he had hidden losses of 212 million euros over six years.\n\n"
        "© 2025 Kettlebridge Courier. Part of Meridian Regional Media Ltd. All rights reserved."
    )
    assert_invariants(article)
    assert article.authors == ("Katharina Brenninkmeyer",)
    assert article.publication == "Elbe Tribune"  # the masthead outranks the copyright
    no_masthead = extract(
        "Council budget row deepens\n\nSkip to main content\n\n"
        "A row over how Kettlebridge Borough Council should close a £4.2 million gap in its "
        "social care budget deepened on Wednesday.\n\n"
        "© 2025 Kettlebridge Courier. Part of Meridian Regional Media Ltd. All rights reserved."
    )
    assert no_masthead.publication == "Kettlebridge Courier"


def test_the_name_under_an_about_me_heading_is_the_author():
    article = extract(
        "My cousin is dying, says a nurse in Caracas\n\n"
        "The nurse said the hospital had run out of insulin and antibiotics in December, and "
        "that patients' families now bring their own supplies.\n\n"
        "The health ministry did not respond to a request for comment on Monday.\n\n"
        "About Me\n\nMichel Baljet\n\n"
        '"I am Michel Baljet, a Dutch journalist and researcher."'
    )
    assert_invariants(article)
    assert article.authors == ("Michel Baljet",)


def test_headline_is_found_past_a_site_name_and_tagline_and_loses_a_tab_suffix():
    page = (
        "THE CANOPY\n\nIndependent science & health journalism\n\n"
        "Health | Environment | Space | Tech | Explainers\n\n"
        "HEALTH / INFECTIOUS DISEASE\n\n"
        "Buruli ulcer is creeping into inner Melbourne. Scientists think they know why\n\n"
        "A flesh-eating infection once confined to holiday towns is turning up in suburbs.\n\n"
        "By Hannah Yeoh-Maddox, health and science reporter\n\n"
        "Gavin Pilkington thought it was a mosquito bite when a red lump appeared on his "
        "ankle last summer, and for weeks he did nothing about it at all.\n\n"
        "His doctor in Essendon eventually took a swab and sent it to a laboratory."
    )
    article = extract(page)
    assert_invariants(article)
    assert article.title.startswith("Buruli ulcer is creeping")
    tab = extract(
        "Trainer jailed over kettlebell attack, jury hears | The Daily Clarion\n\n"
        "News  Sport  Money  Health  Travel\n\n"
        "A personal trainer smashed a love rival's face with a kettlebell after seeing him "
        "on his former partner's Instagram account, a jury heard on Tuesday.\n\n"
        "The prosecutor told Ipswich Crown Court that the attack lasted less than a minute."
    )
    assert tab.title == "Trainer jailed over kettlebell attack, jury hears"


def test_furniture_of_other_house_styles_is_dropped_and_paragraphs_kept():
    paragraphs = [
        "A water bomber drops retardant on a ridge south of the lake",
        "Northstar/Kyle Baptiste",
        "Published 11:48 p.m. ET March 11, 2025 | Updated 7:05 a.m. ET March 12, 2025",
        "Saturday 18 October 2025, 7:12pm · Updated 9:40pm",
        "The fire has burned 40,000 hectares since Friday, officials said, and more than "
        "6,000 people have left their homes in the town and the surrounding district.",
        "Bet £10 Get £40 in Free Bets at SpinRoyale.",
        "No CIBIL check. Apply on LoanZippy",
        "kenya news today | nakuru news | election results 2027",
        "Anzeige",
        "(Translated from French by Claire Hutton. Editing by Maarten Coppens.)",
        "Ioana Mărgineanu, a spokeswoman for the group, said as gendarmes moved in: “We are "
        "not leaving, not today, not tomorrow, not until the river is clean.”",
        "READ ALSO",
        "› Nitrogen rules: what the Green Soil package would change for your farm",
        "Milk prices fall for the fourth month in a row in Wallonia",
    ]
    article = extract("Wildfire forces thousands from their homes\n\n" + "\n\n".join(paragraphs))
    assert_invariants(article)
    assert article.body.split("\n\n") == [paragraphs[4], paragraphs[10]]


def test_author_lines_in_other_languages_and_styles_and_their_biographies():
    body = (
        "Carmakers across Germany are cutting jobs as electric-car sales stall, and the "
        "works councils say the worst is still to come for the supplier industry.\n\n"
        "The company said the cuts would be made without compulsory redundancies."
    )
    german = extract(
        "Vossberg to cut 4,000 jobs\n\nVon Johanna Wießner und Felix Ambrosius\n\n" + body
    )
    assert german.authors == ("Johanna Wießner", "Felix Ambrosius")
    live = extract(
        "Typhoon live\n\nLive reporting by Carmela Dizon-Reyes in Manila and Paolo Villaruz "
        "in Tacloban\n\n" + body
    )
    assert live.authors == ("Carmela Dizon-Reyes", "Paolo Villaruz")
    translated = extract(
        "Farmers block Brussels\n\nLéa Vandenbroucke — Translated from French by Claire "
        "Hutton\n\n" + body + "\n\nLéa Vandenbroucke covers agriculture and the EU for the "
        "agency. Follow her on X @leavdb.\n\nMOST READ IN NEWS\n\nMum’s fury as school bans "
        "packed lunches Soap legend unrecognisable 20 years after quitting the cobbles"
    )
    assert translated.authors == ("Léa Vandenbroucke",)
    assert translated.body == body


def test_reporting_about_donations_stays_and_byline_pipe_credits_and_ad_blocks_go():
    raw = (
        "Paving firm gave cash to council member's committee\n\n"
        "By Nora Blevins and Curtis Vail | The Harlan Springs Register\n\n"
        "Crews resurface a street on Sept. 30. The company won the contract. "
        "(Jordan Pike / The Register)\n\n"
        "A paving company that won the largest street contract in city history gave money to "
        "a committee controlled by the council member who pushed the deal through.\n\n"
        "Under state law, contributions to political action committees are not capped the way "
        "donations to candidates are.\n\n"
        "Sponsored Stories\n"
        "Drivers Are Furious About This New Rule (Check Your Zip Code)\n"
        "Doctors Stunned: Seniors Who Do This One Thing Before Bed Wake Up Pain-Free\n\n"
        "An ethics expert said the arrangement was typical of cities without donation limits.\n\n"
        "Nora Blevins covers City Hall for the Register.\n\n"
        "MORE IN CITY HALL\n"
        "Council delays vote on park bond after heated hearing\n"
        "Water rates to rise 6% in January\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.publication == "The Harlan Springs Register"
    assert article.authors == ("Nora Blevins", "Curtis Vail")
    assert "donations to candidates are" in article.body
    assert "without donation limits" in article.body
    for furniture in (
        "Jordan Pike",
        "Sponsored",
        "Doctors Stunned",
        "covers City Hall",
        "park bond",
    ):
        assert furniture not in article.body, furniture


def test_wire_page_tagline_credits_topics_and_author_box_are_not_article():
    raw = (
        "Opposition leader detained in Caracas | Hemisphere Wire\n"
        "Skip to main content\n"
        "Exclusive news, data and analytics for financial market professionals\n"
        "HEMISPHERE WIRE\n\n"
        "Opposition leader detained in Caracas\n\n"
        "By Camila Ortega\n\n"
        "The leader addresses supporters in Caracas, January 23, 2025. "
        "HEMISPHERE WIRE/Rosa Villegas/File Photo Purchase Licensing Rights\n\n"
        "CARACAS, Feb 18 (Hemisphere Wire) - Intelligence agents detained an opposition "
        "leader at his home before dawn on Tuesday, his family said.\n\n"
        "His lawyer said he had been refused access to his client at the agency's offices.\n\n"
        "Suggested Topics:\nAmericas\nHuman Rights\n\n"
        "Acquire Licensing Rights, opens new tab\n\n"
        "Camila Ortega\nHemisphere Wire\n"
        "Camila Ortega covers Venezuelan politics from Caracas.\n\n"
        "Site Index\n"
        "About Hemisphere Wire: About Us | Careers | Advertise with Us | Contact Us\n\n"
        "All quotes delayed a minimum of 15 minutes.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.body.startswith("CARACAS, Feb 18")
    assert article.body.endswith("at the agency's offices.")


def test_quotes_delayed_and_licensing_lines_are_furniture_anywhere():
    raw = (
        "Markets close higher\n\n"
        "Shares rose on Tuesday as investors bet on lower interest rates, traders said.\n\n"
        "Acquire Licensing Rights, opens new tab\n\n"
        "The central bank meets next week to decide on rates, officials said on Monday.\n\n"
        "All quotes delayed a minimum of 15 minutes.\n"
    )
    article = extract(raw)
    assert "Licensing" not in article.body and "delayed" not in article.body
    assert "central bank meets next week" in article.body


def test_hyphen_site_suffix_bare_byline_credit_caption_watch_teaser_and_bio():
    raw = (
        "‘My dad waited 41 hours’: hospital declares critical incident - Heartland News\n"
        "Heartland News\n"
        "Home   News   Sport   Weather   Politics   Health\n\n"
        "‘My dad waited 41 hours’: hospital declares critical incident\n\n"
        "Sophie Elwood\n"
        "Health Correspondent, Heartland News\n\n"
        "Ambulances queue outside the hospital on Monday evening. "
        "Credit: Heartland News/Tom Grady\n\n"
        "The trust that runs the town's main hospital has declared a critical incident after "
        "patients waited up to 60 hours in its emergency department.\n\n"
        "Watch: Inside the corridor at the hospital (2:14)\n\n"
        "The trust said the incident would be reviewed every 12 hours.\n\n"
        "Have you been affected by the issues in this story? Email us at news@example.com.\n\n"
        "Sophie Elwood is Heartland News’ health correspondent for the West Midlands.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.title == "‘My dad waited 41 hours’: hospital declares critical incident"
    assert article.authors == ("Sophie Elwood",)
    assert article.body.startswith("The trust that runs")
    assert article.body.endswith("reviewed every 12 hours.")


def test_a_hyphen_inside_a_headline_is_not_a_site_suffix():
    article = extract(
        "Brexit deal - What Happens Next\n\n"
        "Ministers met on Monday to discuss what happens after the vote, officials said.\n"
    )
    assert article.title == "Brexit deal - What Happens Next"


def test_slogan_under_masthead_betting_and_loan_ads_and_long_copyright_go():
    raw = (
        "Seven dead in mine collapse | Inkundla News\n"
        "Skip to main content\n"
        "INKUNDLA NEWS\n"
        "Your news. Your voice.\n"
        "News   South Africa   Politics   Business   Sport\n\n"
        "Seven dead in mine collapse\n\n"
        "Seven mineworkers have died and four remain trapped underground after part of a "
        "shaft collapsed at a platinum mine, the company said.\n\n"
        "Play now and WIN up to R250 000 daily!!! Register at LuckyZAbets with code "
        "MZANSI100. 18+ T&Cs apply\n"
        "Need cash FAST? Loans from R500 to R150 000 - no payslip needed, blacklisted "
        "welcome. WhatsApp 071 555 0199\n\n"
        "Rescue teams worked through the night in shifts of four hours to reach the men.\n\n"
        "Inkundla News will continue to update this story as the rescue progresses.\n\n"
        "Do you have a story or a tip-off? WhatsApp our newsroom on 060 555 0143.\n\n"
        "© 2025 Inkundla Media (Pty) Ltd. All rights reserved. Inkundla News subscribes to "
        "the Press Code of Ethics and Conduct for South African Print and Online Media.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.publication == "Inkundla News"
    assert article.body.startswith("Seven mineworkers")
    assert article.body.endswith("to reach the men.")


def test_tv_station_page_video_player_standfirst_and_author_label():
    raw = (
        "Two inmates escape county jail | KWRV 9 News\n"
        "Skip Navigation\n"
        "KWRV 9 NEWS\n"
        "Watch Live   |   Weather alerts (2)   |   Download our app\n"
        "WEATHER ALERT: Winter Weather Advisory for Elmore counties until 11 AM Wednesday\n\n"
        "Two inmates escape county jail\n\n"
        "Sheriff says the men are believed to be together and may have stolen a pickup.\n\n"
        "Author: Mallory Quintana\n"
        "Reporter\n"
        "Published 2 hours ago\n\n"
        "▶ Sheriff gives update on jail escape\n"
        ">> WE BELIEVE BOTH MEN ARE STILL IN THE COUNTY. >> IF YOU SEE THESE MEN, CALL 911.\n"
        "Captions are automatically generated and may contain errors.\n"
        "Up Next: Crews contain brush fire near Kuna   1:12\n\n"
        "KESTREL FALLS, Idaho — Deputies spent a second day combing the hills for two men "
        "who escaped from the county jail late Sunday.\n\n"
        "The sheriff asked anyone who sees the men to call 911 rather than approach them.\n\n"
        "MORE VIDEOS\n"
        "VIDEO: Boise police investigate overnight shooting   0:54\n\n"
        "Comments (37)\n"
        "Comments are moderated. Please keep it civil and on topic.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.publication == "KWRV 9 News"
    assert article.authors == ("Mallory Quintana",)
    assert article.body.startswith("KESTREL FALLS, Idaho")
    assert article.body.endswith("rather than approach them.")


def test_cookie_banner_before_masthead_lone_by_line_and_footer_teasers():
    raw = (
        "Thistle takeover: who are Saltire Ventures and can they keep their promises? - "
        "Ayrshire Evening Mercury\n"
        "We value your privacy\n"
        "We and our 612 partners use cookies and similar technologies to store and access "
        "personal data on your device. Click ‘I Accept’ to consent.\n"
        "I ACCEPT     MORE OPTIONS\n\n"
        "AYRSHIRE EVENING MERCURY\n"
        "News   Sport   Football   Thistle   What’s On   Property   Jobs\n\n"
        "Thistle takeover: who are Saltire Ventures and can they keep their promises?\n\n"
        "After 27 years in charge, the owner is stepping aside. Our writer looks at the people "
        "taking over.\n\n"
        "Bookmark     Share     Comments\n\n"
        "By\n"
        "Kirsty MacAulay Football Writer\n"
        "09:00, 4 MAR 2025  Updated 11:47, 4 MAR 2025\n\n"
        "It took eleven months and two collapsed bids, but the club is finally about to "
        "change hands.\n\n"
        "He has not yet said whether he will accept.\n\n"
        "Something went wrong, please try again later.\n\n"
        "MOST READ\n"
        "Ayr town centre road to close for six weeks from Monday\n"
        "Troon golf club named among best links courses in the world\n\n"
        "Top Stories\n"
        "Port Carrick lifeboat crew called out three times in one night\n"
        "Weather warning for snow and ice across Ayrshire as temperatures plunge\n\n"
        "Follow Ayrshire Evening Mercury\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.title.endswith("can they keep their promises?")
    assert article.publication == "Ayrshire Evening Mercury"
    assert article.authors == ("Kirsty MacAulay",)
    assert article.body.startswith("It took eleven months")
    assert article.body.endswith("whether he will accept.")


def test_a_later_byline_segment_that_is_only_a_job_title_is_not_an_author():
    assert parse_byline("By Harriet Oyelaran-Marsh, Local Democracy Reporter")[1] == (
        "Harriet Oyelaran-Marsh",
    )
    assert parse_byline("By Kirsty MacAulay Football Writer")[1] == ("Kirsty MacAulay",)


def test_bilingual_teaser_heading_byline_with_agency_and_foreign_spam():
    raw = (
        "Government survives no-confidence vote\n\n"
        "By Sandrine Mallet-Bonnard, with Thibault Lecoq in Marseille (APC)\n\n"
        "PARIS (APC) - France's government narrowly survived a motion of no confidence on "
        "Wednesday, clearing the way for its pension reform.\n\n"
        "LIRE AUSSI / READ ALSO\n"
        "» Pensions: what the reform changes if you were born after 1968\n"
        "» Analysis: Why the prime minister keeps reaching for the 49.3\n\n"
        "The motion won 280 votes, nine short of the 289 needed to bring down the government.\n\n"
        "casino en ligne fiable 2025 ★ meilleur bonus sans dépôt ★ Jackpot Royale VIP ★ "
        "https://www.jackpot-royale-vip.example/fr\n"
        "crypto casino no KYC | bitcoin free spins | CoinVault Pro avis arnaque ou fiable ?\n\n"
        "The bill now returns to the Senate, which is expected to adopt it this month.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.authors == ("Sandrine Mallet-Bonnard", "Thibault Lecoq")
    for furniture in ("Pensions:", "Analysis:", "casino", "KYC"):
        assert furniture not in article.body, furniture
    assert article.body.endswith("adopt it this month.")


def test_market_widget_standfirst_and_south_african_ad_spam():
    raw = (
        "Elcor’s diesel deal: How a company with no depot won – The Rand Ledger\n"
        "THE RAND LEDGER\n"
        "Follow the money.\n"
        "Johannesburg 19°C ☁  |  USD/ZAR 18.37 ▼0.4%  |  EUR/ZAR 19.92  |  Brent $74.20  |  "
        "JSE All Share 84 512 ▲0.6%\n\n"
        "Elcor’s diesel deal: How a company with no depot won\n\n"
        "Documents show the utility’s own engineers warned against the award. The company "
        "says it did nothing wrong.\n\n"
        "By Zanele Mokgadi-Reyes\n"
        "18 March 2025  |  06:00  |  9 min read\n\n"
        "When the utility signed a contract in August to supply diesel, the winning bidder "
        "had never delivered fuel to a power station.\n\n"
        "Sponsored\n"
        "Top 5 crypto platforms South Africans are using to beat inflation – compare fees now\n"
        "Doctors in Sandton baffled by this R99 joint-pain trick\n"
        "Get a personal loan of up to R250 000 – even if you’re blacklisted!\n\n"
        "The company denies any wrongdoing and says it delivered every litre it was paid for.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.authors == ("Zanele Mokgadi-Reyes",)
    assert article.body.startswith("When the utility signed")
    for furniture in ("USD/ZAR", "crypto", "Sandton", "blacklisted"):
        assert furniture not in article.body, furniture


def test_masthead_under_weather_and_date_lines_and_you_must_read_lists():
    raw = (
        "One year after El Junquito, families still wait for answers | The Caracas Sentinel\n"
        "Caracas   27°C  Partly cloudy · Humidity 61%\n"
        "Tuesday, January 15, 2019\n"
        "THE CARACAS SENTINEL\n"
        "Politics   Human Rights   Economy   Migration   Opinion   DONATE\n\n"
        "One year after El Junquito, families still wait for answers\n\n"
        "By Valeria Montesinos Urdaneta\n\n"
        "CARACAS — One year after security forces stormed a chalet in El Junquito, the "
        "families of the dead still have no answers, their lawyers said.\n\n"
        "You must read:\n"
        "» Barquisimeto bakeries close at noon as flour runs out\n"
        "» PHOTOS | The last ferry to Margarita\n\n"
        "About forty relatives gathered on Tuesday outside the Public Ministry.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert article.publication == "The Caracas Sentinel"
    assert "Barquisimeto" not in article.body and "Margarita" not in article.body
    assert article.body.endswith("outside the Public Ministry.")


def test_sponsored_content_and_caption_credit_after_a_pipe():
    raw = (
        "Senators grill airline chief\n\n"
        "The chief executive is sworn in before the committee on Wednesday. | Ellis "
        "Quarterman/Capitol Ledger\n\n"
        "The airline's chief executive apologized repeatedly before the committee on "
        "Wednesday, senators said.\n\n"
        "SPONSORED CONTENT\n"
        "Presented by Halvorsen Energy\n"
        "America’s grid needs more than promises. See how natural gas keeps the lights on "
        "when demand peaks. Learn more ›\n\n"
        "The airline's shares fell 2.3 percent on Wednesday.\n"
    )
    article = extract(raw)
    assert_invariants(article)
    assert "Quarterman" not in article.body and "Halvorsen" not in article.body
    assert "grid" not in article.body
    assert article.body.endswith("2.3 percent on Wednesday.")


def test_also_of_interest_and_wire_initials_slugs():
    article = extract(
        "Rail strike paralyses Germany\n\n"
        "The strike in passenger services began at 2 a.m. on Thursday, the union said.\n\n"
        "Also of interest: Deutschlandticket price to rise to €63 in January\n\n"
        "The company said it was running an emergency timetable on Friday.\n\n"
        "lh/ja (dpa, AFP)\n"
    )
    assert "Also of interest" not in article.body and "lh/ja" not in article.body
    assert article.body.endswith("emergency timetable on Friday.")


def test_bylines_in_capitals_give_names_as_written():
    article = extract(
        "Central bank cuts its benchmark rate\n\n"
        "By WAMBUI KARANJA-OSORO and SEAN O'BRIEN and LUIS DE LA CRUZ\n\n"
        "The central bank cut its benchmark rate by 25 basis points on Tuesday.\n\n"
        "Mixed-case names keep their capitals, as in the next story by Ana McAdam.\n"
    )
    assert article.authors == ("Wambui Karanja-Osoro", "Sean O'Brien", "Luis de la Cruz")


def test_reading_times_audio_players_article_bullets_and_trailing_teasers():
    article = extract(
        "Boil-water notice issued for town\n\n"
        "10 Mar 2025, 5:00am · Updated 11:32am · 6 mins to read\n\n"
        "This audio is AI-generated. Report an issue.\n\n"
        "About 4200 people have been told to boil their drinking water until further notice, "
        "officials said on Sunday.\n\n"
        "RELATED STORIES\n"
        "Water regulator names 14 councils with poor compliance\n\n"
        "How the scare unfolded\n\n"
        "• Thursday, 11.48pm: The UV unit at the plant trips. No alarm is raised.\n"
        "• Friday, 8.15am: A technician collects routine samples from the reservoir.\n\n"
        "The notice will stay in place until at least Thursday.\n\n"
        "Explore more:  Water quality,  Health\n\n"
        "Our Pacific\n"
        "Tonga’s new undersea cable link goes live after 18-month wait\n"
        "Samoa to host regional climate finance talks in Apia\n"
    )
    body = article.body
    assert "mins to read" not in body and "AI-generated" not in body
    assert "Water regulator" not in body and "Explore more" not in body
    assert "• Friday, 8.15am: A technician collects routine samples" in body
    assert "How the scare unfolded" in body
    assert "Tonga" not in body and "Our Pacific" not in body
    assert body.endswith("until at least Thursday.")


def test_spanish_page_furniture_and_clickbait():
    article = extract(
        "Journalist shot dead in Veracruz - El Pregonero\n\n"
        "¡Gana hasta $15,000 pesos semanales desde casa! Descubre el método que los bancos "
        "no quieren que conozcas\n\n"
        "Leer en español\n\n"
        "The journalist was shot nine times as she got out of her car on Monday morning, "
        "prosecutors said.\n\n"
        "Médicos sorprendidos: este remedio casero elimina el dolor de rodillas en 7 días\n\n"
        "Her brother said the patrols had stopped months ago.\n\n"
        "This article was originally published in Spanish. Translated by Daniel Whitford.\n\n"
        "Más de Seguridad\n"
        "» Detienen a presunto líder de célula delictiva en Coatzacoalcos\n\n"
        "Seguro de auto desde $299 al mes – ¡Compara ahora y ahorra!\n\n"
        "Suscríbete a nuestro boletín Correo electrónico ENVIAR\n"
    )
    assert article.body == (
        "The journalist was shot nine times as she got out of her car on Monday morning, "
        "prosecutors said.\n\nHer brother said the patrols had stopped months ago."
    )


def test_share_price_widgets_comment_threads_and_stacked_bylines():
    article = extract(
        "Grocers face class action - The Northern Ledger\n\n"
        "THE NORTHERN LEDGER\n\n"
        "Marcus Delorme\nRetail Reporter\nJocelyn Haddad\nBusiness Reporter\n"
        "For Subscribers\n\n"
        "Two of the country’s largest grocery chains have been accused in a proposed class "
        "action of using shared software to fix prices.\n\n"
        "Harvest Crown Foods Inc (HCF-T)\nClose $68.41 -3.01 (-4.21%)\n"
        "Updated March 12 4:00 p.m. EDT. Delayed at least 15 minutes.\n\n"
        "The claim seeks damages on behalf of shoppers.\n\n"
        "With a report from The Canadian Press\n\n"
        "Report an error Editorial code of conduct\n\n"
        "Comments (212)\n\n"
        "Welcome to our commenting community. Please read our guidelines before commenting.\n\n"
        "“The algorithm did the talking.” Sure. Ten bucks says this settles for pennies.\n"
    )
    assert article.authors == ("Marcus Delorme", "Jocelyn Haddad")
    assert article.body == (
        "Two of the country’s largest grocery chains have been accused in a proposed class "
        "action of using shared software to fix prices.\n\n"
        "The claim seeks damages on behalf of shoppers."
    )


def test_pictograph_furniture_repeated_headline_and_sign_off():
    article = extract(
        "LIVE UPDATES: Habagat rains flood San Gregorio, Pampanga; 38,000 evacuated | Tanod News\n"
        "Tanod News\n"
        "News   Nation   Metro   Regions   Business   Sports   Entertainment   Opinion\n"
        "📲 Get faster alerts! Download the Tanod News app   [ OPEN IN APP ]\n"
        "LIVE UPDATES: Habagat rains flood San Gregorio, Pampanga; 38,000 evacuated\n"
        "(5th UPDATE) Floodwaters reach rooftops in at least six barangays as the monsoon "
        "dumps more than a month’s worth of rain in 24 hours\n"
        "Jerome Villanueva, Kristine Dela Cruz\n"
        "Share   Facebook   X   Viber   Copy link\n\n"
        "More than 38,000 residents of this riverside town have fled to evacuation centers, "
        "local officials said.\n\n"
        "📢 Follow Tanod News on Viber for breaking news and real-time updates.\n\n"
        "The river rose above its critical level before dawn. – Tanod News\n\n"
        "Add a comment\nHow does this make you feel?\nHappy   Sad   Angry   Inspired\n"
    )
    assert article.publication == "Tanod News"
    assert article.authors == ("Jerome Villanueva", "Kristine Dela Cruz")
    assert article.body == (
        "More than 38,000 residents of this riverside town have fled to evacuation centers, "
        "local officials said.\n\n"
        "The river rose above its critical level before dawn."
    )


def test_sports_menus_score_tickers_odds_widgets_and_podcast_promos():
    article = extract(
        "Foresters trade Keon Mallory to Aviators - The Fastbreak\n"
        "Skip to main content\n"
        "THE FASTBREAK\n"
        "Pro Hoops   Football   Baseball   Hockey   College   Fantasy   Betting   Podcasts   "
        "Video   Subscribe   Log In\n"
        "SCORES  |  Final: Memphis Kings 118, Sacramento Monarchs 109  |  7:30 ET: Columbus "
        "at Portland — POSTPONED\n\n"
        "PRO HOOPS  ·  TRADE TRACKER\n\n"
        "Foresters trade Keon Mallory to Aviators\n\n"
        "Portland ends the 'Smoke' era, sending its four-time All-Star to a contender for a "
        "package built around youth\n\n"
        "By Nate Kowalczyk, Senior Writer\n"
        "Share  ·  Facebook  ·  X  ·  Reddit  ·  Copy link   💬 312\n\n"
        "The Portland Foresters have traded four-time All-Star guard Keon Mallory to the "
        "Columbus Aviators, ending a seven-year run.\n\n"
        "PODCAST  ▶  The Fastbreak Daily: Is Mallory the missing piece in Columbus?  |  38:12  "
        "|  Listen on Apple Podcasts · Spotify · YouTube\n\n"
        "Sponsored · Odds by ParlayPoint Sportsbook\n"
        "Columbus Aviators to win title +650\n"
        "Portland Foresters over 31.5 wins -120\n"
        "Bet now ›  21+. Gambling problem? Call 1-800-GAMBLER. Terms apply.\n\n"
        "The Foresters play at home against Atlanta on Thursday.\n"
    )
    assert article.body == (
        "The Portland Foresters have traded four-time All-Star guard Keon Mallory to the "
        "Columbus Aviators, ending a seven-year run.\n\n"
        "The Foresters play at home against Atlanta on Thursday."
    )


def test_blog_furniture_numbered_sidebars_and_translated_reports():
    article = extract(
        "Families describe FAES raid – Voces de la Diáspora\n"
        "Skip to content\n"
        "Home » Human Rights » Families describe FAES raid in Barquisimeto and the aftermath\n\n"
        "Families describe FAES raid\n"
        "Posted by admin on April 9, 2018 at 11:42 pm  ·  Categories: Human Rights  ·  "
        "3 Comments\n\n"
        "Original report by Yelitza Montilla Guédez (El Farol de Lara) | English translation: "
        "Voces de la Diáspora volunteer team\n\n"
        "[Image: Doris Piña holds a photograph of her son. PHOTO | FILE | EL FAROL]\n\n"
        "Five young men were killed before dawn on Thursday when officers raided their homes.\n\n"
        "MOST READ\n"
        "1. Live: M60 closed both ways after lorry fire near Worsley\n"
        "2. Full list of Greater Manchester schools shutting for teacher training days\n"
        "3. ‘I paid £9 for a pint in Manchester – here’s what I got’\n\n"
        "Relatives said the men had their hands up when the officers fired at them from the "
        "doorway of the house.\n\n"
        "© 2018 Voces de la Diáspora · All rights reserved · Proudly powered by WordPress\n"
    )
    assert article.authors == ("Yelitza Montilla Guédez",)
    assert article.publication == "Voces de la Diáspora"
    assert article.body == (
        "Five young men were killed before dawn on Thursday when officers raided their homes."
        "\n\nRelatives said the men had their hands up when the officers fired at them from the "
        "doorway of the house."
    )


def test_wordpress_like_widget():
    article = extract(
        "Families describe the raid\n\n"
        "Five young men were killed before dawn on Thursday when officers raided their homes.\n\n"
        "Like this:  Like  Loading...\n"
    )
    assert article.body.endswith("raided their homes.")


def test_unusual_bylines_name_their_authors():
    cases = {
        "Words: Tahlia Brennan-Okafor • Pictures: Dean Mavros": ("Tahlia Brennan-Okafor",),
        "By María Fernanda Ocampo Rúa | Cúcuta": ("María Fernanda Ocampo Rúa",),
        "Live coverage by Inês Carvalho Moura in Lisbon and Tom Whitaker in Góis (earlier) · "
        "With agencies": ("Inês Carvalho Moura", "Tom Whitaker"),
    }
    for byline, authors in cases.items():
        article = extract(
            "Families want answers after hospital delay\n\n"
            f"{byline}\n\n"
            "A grandfather died in the back of an ambulance after waiting almost three hours "
            "outside the hospital, an inquest has heard.\n"
        )
        assert article.authors == authors, byline


def test_acknowledgements_donation_boxes_edition_taglines_and_comment_threads():
    article = extract(
        "Freed detective flees to Cúcuta | La Frontera Hoy\n"
        "ENGLISH EDITION · Journalism from the Colombia–Venezuela border since 1994\n"
        "You are here: Home › Venezuela › Human Rights ›\n"
        "Translated from the Spanish by Daniel Restrepo Gil\n\n"
        "For forty-nine days, the former detective did not see the sun, his lawyer said on "
        "Monday in the border city.\n\n"
        "Independent journalism on the border needs you.\n"
        "Contribute from US$3 a month.\n\n"
        "Central Queensland homeowners are slashing their power bills with this one simple "
        "trick\n\n"
        "Golden Visa still possible?! Invest from €250,000 in Algarve property and secure EU "
        "residency in 2026\n\n"
        "He crossed the bridge into Colombia on Tuesday and asked for protection at a shelter "
        "run by the church.\n\n"
        "Start your day with the Herald Morning Brief\n\n"
        "Join the conversation (14)\n"
        "DazzaEmuPark · 2h\n"
        "Spent six hours in that ED with my old man last winter. Nothing's changed.\n\n"
        "Capricornia Coast Herald acknowledges the Darumbal people, the Traditional "
        "Custodians of the land on which we work.\n"
    )
    assert article.body == (
        "For forty-nine days, the former detective did not see the sun, his lawyer said on "
        "Monday in the border city.\n\n"
        "He crossed the bridge into Colombia on Tuesday and asked for protection at a shelter "
        "run by the church."
    )


def test_a_tagline_under_the_masthead():
    article = extract(
        "Fjordcell shares plunge after deal scrapped | The Nordic Ledger\n"
        "THE NORDIC LEDGER\n"
        "Business · Markets · Energy · Tech — from Oslo, Stockholm, Copenhagen and Helsinki\n\n"
        "Shares in the battery maker fell 27 per cent on Wednesday after its biggest customer "
        "cancelled a supply agreement.\n"
    )
    assert article.publication == "The Nordic Ledger"
    assert article.body.startswith("Shares in the battery maker")


def test_sponsored_label_with_a_middle_dot():
    article = extract(
        "Villages evacuated as wildfire spreads\n\n"
        "Firefighters fought the blaze through the night as villages near Góis were emptied.\n\n"
        "Sponsored · Silvergate Iberia Property Advisers\n\n"
        "The fire crossed the river shortly after dawn, the civil protection authority said.\n"
    )
    assert "Silvergate" not in article.body


def test_the_copyright_holder_is_named_without_its_company_form_and_year():
    article = extract(
        "Buruli ulcer cases rise in Melbourne's north\n\n"
        "Cases of the flesh-eating ulcer have risen sharply in the city's inner north this "
        "year, health officials said.\n\n"
        "© The Canopy Media Ltd 2025\n"
    )
    assert article.publication == "The Canopy"


def test_the_headline_printed_again_under_the_tab_title_starts_the_article():
    article = extract(
        "Ferry strike strands islanders for a third day | Harbour Courier\n"
        "HARBOUR COURIER\n"
        "Desde la isla para el mundo · From the island to the world\n"
        "BREAKING / ÚLTIMA HORA: ferry talks resume at noon, follow our coverage\n"
        "Isla Verde 28°C  |  Puerto Alto 31°C\n\n"
        "Ferry strike strands islanders for a third day as talks stall over pay\n"
        "By Marta Quiroga Llanos\n\n"
        "Hundreds of islanders spent a third night in the port on Tuesday after ferry crews "
        "extended their strike over pay, the harbour authority said.\n"
    )
    assert article.title == "Ferry strike strands islanders for a third day as talks stall over pay"
    assert article.body.startswith("Hundreds of islanders")
    assert "ÚLTIMA HORA" not in article.body and "From the island" not in article.body


def test_a_byline_is_a_line_of_its_own_and_outranks_an_edition_label():
    article = extract(
        "Ferry strike strands islanders | Harbour Courier\n"
        "HARBOUR COURIER | IN ENGLISH\n\n"
        "Ferry strike strands islanders for a third day\n"
        "By Marta Quiroga Llanos in Puerto Alto and Tomás Ibarra Sosa in Miami\n"
        "English version: Daniel Restrepo Gil | Edited by Lucía Ferro\n"
        "Published 01/21/2018 – 09:12 PM (ET) · Last update 01/22/2018 – 07:05 AM (ET)\n"
        "BY ANA PIRES LOBO\n"
        "newsdesk@courier.example\n\n"
        "Hundreds of islanders spent a third night in the port on Tuesday after ferry crews "
        "extended their strike over pay, the harbour authority said.\n"
    )
    assert article.authors == ("Marta Quiroga Llanos", "Tomás Ibarra Sosa")
    assert article.body.startswith("Hundreds of islanders")


def test_bilingual_labels_and_reader_comments_are_furniture():
    article = extract(
        "Ferry strike strands islanders for a third day\n\n"
        "Hundreds of islanders spent a third night in the port on Tuesday after ferry crews "
        "extended their strike over pay, the harbour authority said.\n\n"
        "The union said talks would resume on Thursday morning at the labour ministry, and "
        "that crews would sail for medical emergencies in the meantime.\n\n"
        "Etiquetas / Tags: Puerto Alto · ferries · strikes\n\n"
        "Talks are due to resume at the ministry on Thursday, the union said in a statement "
        "that was read to crews on the quayside.\n\n"
        "Please keep comments civil. Opinions are the poster's own.\n"
        "IslaFan_77 · 2 hours ago\n"
        "They never care about the islands until the tourists can't get here.\n"
        "Reply · 👍 112\n"
        "PortWatcher · 6h\n"
        "Pay them what they are owed.\n"
        "Like (58) · Reply\n"
    )
    assert "Etiquetas" not in article.body
    assert "tourists" not in article.body and "Pay them" not in article.body
    assert article.body.rstrip().endswith("read to crews on the quayside.")


def test_a_request_for_comment_before_the_comment_thread_is_article_text():
    article = extract(
        "Ferry strike strands islanders for a third day\n\n"
        "Hundreds of islanders spent a third night in the port on Tuesday after ferry crews "
        "extended their strike over pay, the harbour authority said.\n\n"
        "The ferry operator did not respond to requests for comment.\n\n"
        "IslaFan_77 · 2 hours ago\n"
        "They never care about the islands until the tourists can't get here.\n"
        "Reply · 👍 112\n"
    )
    assert article.body.endswith("did not respond to requests for comment.")


def test_video_players_paywalls_and_adverts_inside_the_article_are_furniture():
    article = extract(
        "Ferry strike strands islanders for a third day\n"
        "By Marta Quiroga Llanos\n"
        "Updated16:05, 3 NOV 2025\n\n"
        "[Photo] Crews on the quay at Puerto Alto on Monday. — LUIS ROCA/Harbour Courier\n\n"
        "Hundreds of islanders spent a third night in the port on Tuesday after ferry crews "
        "extended their strike over pay, the harbour authority said.\n\n"
        "Now Playing: 'We will sail when we are paid': the union's briefing (12:04)\n"
        "🔇 Autoplay is on · Click to unmute\n"
        "Video Loading\n"
        "The video will start in 8Cancel\n\n"
        "The union said talks would resume on Thursday morning at the labour ministry.\n\n"
        "ADVERTISEMENT\n"
        "Islanders Over 50 Are Only Just Discovering This Loophole To Wipe Out Their Mortgage\n"
        "Sponsored | HomeSaver Isles\n\n"
        "🔒 PREMIUM\n"
        "You have read 3 of 3 free articles this month.\n\n"
        "📲 Stay updated! Follow Harbour Courier on our WhatsApp Channel: whatsapp.com/c/1\n\n"
        "Crews would still sail for medical emergencies, the union added.\n"
        "— IsleWire\n"
    )
    body = article.body
    assert article.authors == ("Marta Quiroga Llanos",)
    assert body.startswith("Hundreds of islanders")
    assert body.endswith("the union added.")
    for furniture in (
        "LUIS ROCA",
        "Now Playing",
        "Autoplay",
        "Video Loading",
        "8Cancel",
        "Loophole",
        "HomeSaver",
        "PREMIUM",
        "free articles",
        "WhatsApp",
    ):
        assert furniture not in body, furniture


def test_a_regional_byline_with_its_beat_and_a_betting_widget():
    article = extract(
        "Harbourside sack Kevin Ashdown after derby drubbing\n\n"
        "Chairman thanks the former centre-half for the proudest days in a generation as "
        "the assistant takes caretaker charge\n\n"
        "[Image: Ashdown applauds the away end (Image: Tom Garrity / ProSport Images)]\n"
        "Bookmark\nShare\nComments\nSport\n"
        "By\nGavin Hurrell Harbourside Athletic writer\n"
        "14:32, 3 NOV 2025\n\n"
        "Harbourside Athletic have sacked manager Kevin Ashdown less than 48 hours after "
        "Saturday's 4-0 derby defeat left them 21st in the table.\n\n"
        "NEXT HARBOURSIDE MANAGER – LATEST ODDS\n"
        "Andy Pritchard .......... 5/2\n"
        "Gareth Lumb ............. 4/1\n\n"
        "Harbourside Athletic said the search for a successor was already under way.\n"
    )
    assert article.authors == ("Gavin Hurrell",)
    assert article.body.startswith("Harbourside Athletic have sacked")
    assert "LATEST ODDS" not in article.body and "Gareth Lumb" not in article.body
    assert "Gareth Lumb" not in {e.name for e in article.entities}


def test_a_shouted_label_is_no_entity():
    article = extract(
        "Fans turn on the manager\n\n"
        "📢 | CLUB STATEMENT: Kevin Ashdown has left his role as first-team manager.\n\n"
        "Fans had unfurled a banner reading ‘ASHDOWN OUT – 21st IS NOT GOOD ENOUGH’ at the "
        "away end on Saturday, and Ashdown said he understood their anger.\n"
    )
    names = {e.name for e in article.entities}
    assert "Kevin Ashdown" in names
    assert not names & {"CLUB STATEMENT", "ASHDOWN OUT", "GOOD ENOUGH"}


def test_aggregator_furniture_sponsored_rails_and_local_notices():
    article = extract(
        "Officers detained over links to rebel pilot\n\n"
        "[Photo 1 of 9: Relatives wait outside a military court in Caracas. Wire/Ana Rey]\n"
        "‹ › View gallery\n\n"
        "Venezuelan security forces have detained at least eleven police and military "
        "officers accused of links to the late rebel pilot, relatives and lawyers said.\n\n"
        "TRENDING ON OMNIFEED\n"
        "Ohio woman, 102, says the secret to a long life is a daily glass of ginger ale\n"
        "The centenarian celebrated with five generations of her family.   Read more ›\n\n"
        "Lawyers for the men said they had not been allowed to see the charges against them "
        "and would appeal to the courts this week.\n\n"
        "SPONSORED CONTENT  ·  Recommended by Clickvault\n"
        "Surgeon begs Americans: stop eating this vegetable — Gundrex Health\n"
        "Retirees are switching to this insurance plan — SmartSenior Quotes\n\n"
        "The ministry said the arrests were lawful.\n\n"
        "Keywords: venezuela, police arrests, military\n\n"
        "Top Comments (86)   Sort: Newest | Oldest\n"
        "Rahul K., Nagpur  ·  6 hours ago\n"
        "Same story here. Everybody knows who is behind it.\n\n"
        "DEATH NOTICES\n"
        "Patrick (Pakie) Gaffney, Rathkeeran — peacefully, at the hospital.\n"
    )
    body = article.body
    assert body.startswith("Venezuelan security forces")
    assert body.endswith("The ministry said the arrests were lawful.")
    for furniture in ("Photo 1", "Ohio", "Read more", "Surgeon", "SmartSenior", "Keywords"):
        assert furniture not in body, furniture


def test_a_bare_name_before_the_agency_and_the_date_is_the_byline():
    article = extract(
        "Water tanker scam: residents queue for hours as Nagpur bakes at 47°C\n"
        "Pallavi Ghorpade | ICN | Updated: May 29, 2019, 07:42 IST\n\n"
        "Residents of several localities queued for hours on Tuesday as the city recorded "
        "its hottest day of the year, officials said.\n"
    )
    assert article.authors == ("Pallavi Ghorpade",)
    assert article.body.startswith("Residents of several localities")
    assert "Pallavi Ghorpade" not in {e.name for e in article.entities}


def test_a_tab_title_without_the_headlines_opening_quotation_and_more_furniture():
    article = extract(
        "Residents barricade roads as taps stay dry for a third week | MzansiWire\n"
        "MzansiWire\n"
        "Schedule provided by PowerAlert SA. Change area ›\n"
        "Home › News › Local\n\n"
        "'We are not animals': Residents barricade roads as taps stay dry for a third week\n\n"
        "Lindiwe Mabaso and Ruan van Wyk\n"
        "Published 14 Oct 2025, 17:48\n\n"
        "Audio generated by AI. Report an error in this audio.\n\n"
        "Police fired rubber bullets and arrested 11 people as residents blocked roads over "
        "an outage that has left thousands of households without water.\n\n"
        "READ | Families queue at a leaking fire hydrant as the outage drags on\n\n"
        "Listen live: Gauteng Mornings with Dee Kuiper\n\n"
        "Get the MzansiWire Morning Brief\n\n"
        "Get breaking news from MzansiWire straight to your phone.\n\n"
        "The city said repairs would be finished by Friday.\n\n"
        "© 2025 The MzansiWire Media Company\n"
    )
    assert article.title.startswith("'We are not animals'")
    assert article.authors == ("Lindiwe Mabaso", "Ruan van Wyk")
    assert article.publication == "MzansiWire"
    assert article.body.startswith("Police fired rubber bullets")
    assert article.body.endswith("repairs would be finished by Friday.")


def test_the_owning_media_company_is_not_the_publication():
    article = extract(
        "Pilot remembered in Doral\n\n"
        "About 300 people held a vigil in Doral on Saturday night for the pilot.\n\n"
        "© 2018 The Dade Ledger Media Company. 4501 Brickell Commons Drive, Miami\n"
    )
    assert article.publication == "The Dade Ledger"


def test_a_headline_the_tab_title_words_differently_starts_the_article():
    article = extract(
        "Court stays demolition of old market, orders survey | Valley Herald\n"
        "E-Paper | Sign in\n"
        "BREAKING | Schools closed till Sunday over smog in two divisions\n"
        "Home › Pakistan › Punjab\n\n"
        "Court halts razing of century-old market, seeks heritage survey in 30 days\n\n"
        "Bench tells law officer that roads can be re-routed; traders vow to resist\n"
        "Hina Mehmood Kazmi | Published November 19, 2025 | Updated about 3 hours ago\n\n"
        "LAHORE: The high court on Tuesday restrained the government from demolishing any "
        "part of the century-old market until a heritage survey is placed before it.\n"
    )
    assert article.title == (
        "Court halts razing of century-old market, seeks heritage survey in 30 days"
    )
    assert article.authors == ("Hina Mehmood Kazmi",)
    assert article.body.startswith("LAHORE: The high court")
    assert "Schools closed" not in article.body and "hours ago" not in article.body


def test_a_newspaper_chains_loaders_and_the_tab_titles_site_name():
    article = extract(
        "Bridge bylaw sparks revolt from parents | City Ledger\n"
        "Skip to Content\n"
        "Skip to Footer\n"
        "City Ledger\n"
        "Sign in / Subscribe\n\n"
        "Bridge bylaw sparks revolt from parents, truckers and merchants\n"
        "By Catherine Ouimet-Hébert\n"
        "Save this article to your reading list by creating a free account. Already have one?"
        " Sign in.\n"
        "Traffic crosses the bridge on Monday. The city plans to close the span in January. "
        "Photo by Pierre-Luc Bastien-Gagnon /City Ledger\n"
        "Article content\n"
        "For 61 years, the bridge has carried cars and school buses across the river.\n"
        "Article content\n"
        "This advertisement has not loaded yet, but your article continues below.\n"
        "Article content\n"
        "RECOMMENDED VIDEO\n"
        "We apologize, but this video has failed to load.\n"
        "Try refreshing your browser, or tap here to watch other videos from our newsroom.\n"
        "Article content\n"
        "Recommended from Editorial\n"
        "Lock repairs push boating season into June\n"
        "Opinion: Commuters deserve a real plan, not another detour\n"
        "Article content\n"
        "Popular searches this week: best casino bonus 200 free spins | instant loan app\n"
        "Article content\n"
        "Council voted 7-5 to adopt the bylaw, which closes the span for 14 months.\n"
    )
    assert article.publication == "City Ledger"
    assert article.body == (
        "For 61 years, the bridge has carried cars and school buses across the river.\n\n"
        "Council voted 7-5 to adopt the bylaw, which closes the span for 14 months."
    )


def test_a_newsletter_box_goes_with_its_heading_and_confirmation():
    article = extract(
        "Bridge bylaw sparks revolt from parents, truckers and merchants\n\n"
        "By Catherine Ouimet-Hébert\n\n"
        "For 61 years, the bridge has carried cars and school buses across the river.\n\n"
        "Ledger Headline News\n\n"
        "Sign up to receive daily headline news from the City Ledger.\n\n"
        "A welcome email is on its way. If you don't see it, please check your junk folder.\n\n"
        "Council voted 7-5 to adopt the bylaw, which closes the span for 14 months.\n"
    )
    assert article.body == (
        "For 61 years, the bridge has carried cars and school buses across the river.\n\n"
        "Council voted 7-5 to adopt the bylaw, which closes the span for 14 months."
    )


def test_a_caption_with_a_dashed_photo_credit_is_removed():
    article = extract(
        "Court halts razing of century-old market\n\n"
        "By Hina Kazmi\n\n"
        "TRADERS protest outside the court on Tuesday. — Photo: Imran Gill/Crescent Photo\n\n"
        "LAHORE: The high court on Tuesday restrained the government from demolishing the "
        "market until a heritage survey is placed before it.\n"
    )
    assert article.body.startswith("LAHORE: The high court")
    assert "Imran Gill" not in {e.name for e in article.entities}


def test_the_tab_titles_site_printed_again_outranks_the_owning_company_in_the_copyright():
    page = (
        "Lawyer says the families of the seven still wait for a trial | Meridiana\n\n"
        "Politics   Economy   Culture\n\n"
        "Lawyer says the families of the seven still wait for a trial\n\n"
        "By Ana Ruiz\n\n"
        "The lawyer for the families said on Monday that no court had heard the case.\n\n"
        "Photo: Rafael Soto / Meridiana\n\n"
        "She has filed four petitions since 2019, and none has been answered.\n\n"
        "© 2025 Meridiana Media. All rights reserved."
    )
    assert extract(page).publication == "Meridiana"


def test_bar_credited_captions_paywall_counters_and_podcast_promos_are_furniture():
    page = (
        "Appliance maker bows over rice-cooker fires\n\n"
        "By Aya Morita\n\n"
        "Executives of Hanada Denki bowed for ten seconds at a Tokyo hotel on Wednesday.\n\n"
        "President Jun Hanada (center) bows at the start of a news conference in Tokyo on "
        "Wednesday. | KYODO\n\n"
        "You're reading a Premium article. You have 2 free Premium articles left this month.\n\n"
        "The company recalled 410,000 cookers after 23 fires, one of them fatal.\n\n"
        "🎧 THE BRIEF PODCAST — Episode 214: “Fires”. Listen on Spotify, Apple Podcasts or "
        "wherever you get your podcasts.\n\n"
        "Its rice cookers on display in Tokyo's Akihabara district in 2022. | Ken Aoyama\n\n"
        "The recall covers three models sold since 2019."
    )
    body = extract(page).body
    for furniture in ("KYODO", "free Premium", "wherever you get", "Ken Aoyama"):
        assert furniture not in body
    assert "410,000 cookers" in body and "three models" in body


def test_menus_apart_by_spaces_ticker_rows_and_text_size_buttons_are_furniture():
    page = (
        "Families take the case to the commission\n\n"
        "By Ana Ruiz\n\n"
        "Home   Venezuela   Colombia   The Border   Migration   Economy\n"
        "Friday, 6 March 2026  ·  Caracas 27°C  ·  Bogotá 14°C  |  BCV rate: 1 USD = 182.40 Bs.\n\n"
        "Share   ✉   f   X   in   WhatsApp\n"
        "A+   A-      Listen to this article (6 min)\n\n"
        "Relatives told the commission on Thursday that the seven had tried to surrender.  "
        "Their lawyer asked for a full inquiry.\n\n"
        "The government did not send a delegation to the hearing."
    )
    article = extract(page)
    assert article.title == "Families take the case to the commission"
    for furniture in ("Venezuela Colombia", "BCV rate", "WhatsApp", "Listen to this"):
        assert furniture not in article.body
    assert "tried to surrender. Their lawyer asked" in article.body


def test_bylines_with_the_reporters_cities_or_the_outlet_in_brackets():
    assert parse_byline("By Valentina Sosa (Bogotá) and Camilo Restrepo (Washington)") == (
        None,
        ("Valentina Sosa", "Camilo Restrepo"),
    )
    assert parse_byline("Ratna Puspitasari and Yoga Pratama (The Jakarta Courier)") == (
        "The Jakarta Courier",
        ("Ratna Puspitasari", "Yoga Pratama"),
    )
    assert parse_byline("Marisela Pérez Quintero (Bogotá)") is None


def test_a_caption_the_scraper_marks_as_an_image_is_furniture():
    page = (
        "Relatives take the case to the commission\n\n"
        "By Ana Ruiz\n\n"
        "[Image] Marisela Pérez after the hearing: “Eight years is too long.” Relatives held "
        "portraits of the seven dead.\n\n"
        "Relatives told the commission on Thursday that the seven had tried to surrender."
    )
    article = extract(page)
    assert "Eight years is too long" not in article.body
    assert not article.quotations


def test_indonesian_gambling_and_loan_spam_is_furniture():
    page = (
        "Regent knew every rupiah, official tells court\n\n"
        "By Ratna Sari\n\n"
        "A senior official told the court on Wednesday that the regent took kickbacks.\n\n"
        "Pinjaman Online Cair 5 Menit Tanpa BI Checking – Klik Di Sini!\n\n"
        "togel online, judi bola, situs slot terpercaya, maxwin, bandar resmi\n\n"
        "The trial resumes next week with more witnesses for the prosecution."
    )
    body = extract(page).body
    assert "Pinjaman" not in body and "togel" not in body
    assert "resumes next week" in body


def test_a_tab_title_with_site_and_edition_still_finds_the_reworded_headline():
    page = (
        "Documentary premieres in Doral, reopening El Junquito wounds | El Farol de Doral – "
        "English Edition\n\n"
        "EL FAROL DE DORAL\n"
        "English Edition  |  Edición en Español\n\n"
        "In Doral, a documentary about the pilot brings El Junquito back to the screen\n\n"
        "Seven years after the raid, a first-time director's film draws relatives.\n\n"
        "By Gabriela Montiel\n"
        "Culture Reporter\n\n"
        "The documentary premiered on Wednesday night before an audience of 400 people."
    )
    article = extract(page)
    assert article.title == (
        "In Doral, a documentary about the pilot brings El Junquito back to the screen"
    )
    assert article.publication == "El Farol de Doral"
    assert article.authors == ("Gabriela Montiel",)


def test_vietnamese_bylines_with_a_city_a_wide_gap_and_a_time_zone():
    line = normalise(
        "By Phan Thanh Nga in Kon Tum & Đinh Quang Khải   Thursday, November 21, 2024 | "
        "06:42 pm GMT+7"
    )
    assert parse_byline(line) == (None, ("Phan Thanh Nga", "Đinh Quang Khải"))


def test_first_deposit_casino_spam_is_furniture():
    page = (
        "Court hears fortifications case\n\nBy Olena Koval\n\n"
        "The court heard the first witnesses on Tuesday in the fortifications case.\n\n"
        "300% BONUS on your first deposit — SlotoKing Ultra Casino, spin now!\n\n"
        "The hearing continues on Thursday with the defence witnesses."
    )
    assert "SlotoKing" not in extract(page).body
