from archive.extraction import extract
from archive.extraction.types import PERSON

from .checks import assert_invariants, entity, quote_containing


def _article(body: str):
    article = extract("Headline of the Story\n\n" + body)
    assert_invariants(article)
    return article


def test_all_double_quote_styles_are_found():
    article = _article(
        "“Curly quotes are common here,” said Ana Ruiz.\n\n"
        'Straight quotes are "also very common in scraped text" today.\n\n'
        "German style „kommt auch manchmal vor“ in texts.\n\n"
        "French style «arrive aussi parfois ici» in texts."
    )
    texts = [q.text for q in article.quotations]
    assert texts == [
        "Curly quotes are common here,",
        "also very common in scraped text",
        "kommt auch manchmal vor",
        "arrive aussi parfois ici",
    ]


def test_unclosed_quote_stops_at_paragraph_end():
    article = _article(
        "The minister said “we will never give up on this\n\nNext paragraph is plain text."
    )
    assert [q.text for q in article.quotations] == ["we will never give up on this"]


def test_interrupted_quote_is_two_quotations_with_same_speaker():
    article = _article(
        "Maria Gonzalez spoke to reporters on Monday morning.\n\n"
        "“We are ready to talk,” she said. “But we will not wait forever.”"
    )
    first, second = article.quotations
    assert first.text == "We are ready to talk,"
    assert second.text == "But we will not wait forever."
    assert first.speaker == second.speaker == "Maria Gonzalez"
    assert first.speaker_as_written == "she"
    assert first.cue == "said"
    assert first.confidence >= 0.8 and second.confidence >= 0.8


def test_single_quotes_hold_speech_but_apostrophes_do_not():
    article = _article(
        "Oscar’s friends didn't know. The officers' families waited.\n\n"
        "He described himself as 'a man who goes out without knowing if he returns'."
    )
    assert [q.text for q in article.quotations] == [
        "a man who goes out without knowing if he returns"
    ]


def test_transcript_line_is_a_quotation_of_the_label():
    article = _article(
        "Carlos Mendez posted a video during the raid.\n\n"
        "Carlos Mendez: We are here and we are negotiating with the officers.\n\n"
        "THIS JUST IN: the police confirm the arrest."
    )
    assert len(article.quotations) == 1
    q = article.quotations[0]
    assert q.text == "We are here and we are negotiating with the officers."
    assert q.speaker == "Carlos Mendez"
    assert q.confidence >= 0.8


def test_scare_quotes_and_titles_get_low_confidence():
    article = _article(
        "The government called them “terrorists” in a statement.\n\n"
        "It became known as “The Valley Massacre” within days."
    )
    assert [q.text for q in article.quotations] == ["terrorists", "The Valley Massacre"]
    assert all(q.confidence < 0.5 for q in article.quotations)


def test_unnamed_speaker_is_kept_as_written():
    article = _article("“Nobody fire, they are surrendering,” an officer says through the radio.")
    q = article.quotations[0]
    assert q.speaker == "an officer"
    assert q.cue == "says"
    assert q.confidence >= 0.8


def test_named_speaker_with_apposition_before_quote():
    article = _article(
        "Diego Herrera, one of the most powerful men in the party, said the army "
        "would “respond with all the force of the law to every single attack”."
    )
    q = article.quotations[0]
    assert q.speaker == "Diego Herrera"
    assert q.cue == "said"


def test_pronoun_resolves_to_most_recent_person():
    article = _article(
        "President Laura Campos visited the flooded town on Sunday.\n\n"
        "“We will rebuild every house that the water destroyed,” she said."
    )
    q = article.quotations[0]
    assert q.speaker == "Laura Campos"
    assert q.speaker_as_written == "she"


def test_speaker_after_quote_with_title_and_honorific():
    article = _article(
        "Tomás Vidal runs the shelter.\n\n"
        "“The shelter is full and we need more beds tonight,” Mr. Vidal said."
    )
    q = article.quotations[0]
    assert q.speaker == "Tomás Vidal"
    assert q.speaker_as_written == "Mr. Vidal"


def test_colon_introduces_quote_of_the_named_person():
    article = _article(
        "In a video recorded later, a panicked Pablo Ortiz yells: “We are going to surrender!”"
    )
    q = article.quotations[0]
    assert q.speaker == "Pablo Ortiz"
    assert q.cue == "yells"


def test_according_to():
    article = _article(
        "The border will stay closed “until further notice and without exceptions”, "
        "according to Minister Elena Suarez."
    )
    q = article.quotations[0]
    assert q.speaker == "Elena Suarez"
    assert q.cue == "according to"


def test_attribution_does_not_jump_into_the_next_sentence():
    article = _article(
        "President Joe Biden met Emmanuel Macron on Friday. Biden said “we agree on everything "
        "that matters”. Macron said nothing."
    )
    q = article.quotations[0]
    assert q.speaker == "Joe Biden"
    assert q.speaker_as_written == "Biden"


def test_according_to_before_the_quote():
    article = _article(
        "According to police spokesman Luis Mora, “the suspect fled on foot toward the river”."
    )
    assert article.quotations[0].speaker == "Luis Mora"


def test_bare_quotation_paragraph_continues_the_previous_speaker():
    article = _article(
        "“We will not abandon anyone,” Interior Minister Ana Ruiz said on Tuesday.\n\n"
        "“Every family will get help. We have sent 400 soldiers.\n\n"
        "“They will stay until the river falls.”"
    )
    speakers = [q.speaker for q in article.quotations]
    assert speakers == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]
    assert all(q.confidence >= 0.5 for q in article.quotations)


def test_bare_quotation_after_indirect_speech_belongs_to_its_subject():
    article = _article(
        "Tom Hale said the club would appeal against the ban.\n\n"
        "“We have done nothing wrong and we will prove it.”"
    )
    assert article.quotations[0].speaker == "Tom Hale"


def test_bare_quotation_goes_to_the_new_subject_not_the_earlier_speaker():
    article = _article(
        "“The plan is sound,” said Ana Ruiz. Her rival, Tom Hale, disagreed sharply.\n\n"
        "“This plan will ruin the town and everybody knows it.”"
    )
    assert [q.speaker for q in article.quotations] == ["Ana Ruiz", "Tom Hale"]


def test_sentence_after_a_closed_quotation_is_not_its_attribution():
    article = _article(
        "Karen Ode met the families on Monday. Tom Hale told reporters: “We are devastated.” "
        "She added that the town “will rebuild every house”."
    )
    devastated = quote_containing(article, "devastated")
    rebuild = quote_containing(article, "rebuild")
    assert devastated.speaker == "Tom Hale"
    assert rebuild.speaker == "Karen Ode"


def test_pronoun_agrees_in_gender_with_its_antecedent():
    article = _article(
        "Mrs. Lidia Okafor runs the shelter. Mr. Peter Lang, the mayor, visited it on Friday.\n\n"
        "“We need more beds before the winter comes,” she said."
    )
    assert article.quotations[0].speaker == "Lidia Okafor"
    assert article.quotations[0].speaker_as_written == "she"


def test_organisations_speak_and_acronyms_merge_with_their_long_form():
    article = _article(
        "According to the National Disaster Agency (NDA), “more than 2,000 people were moved "
        "to shelters” overnight.\n\n"
        "The NDA said it “will not stop until every village is reached.”"
    )
    first, second = article.quotations
    assert first.speaker == second.speaker == "National Disaster Agency"
    agency = entity(article, "National Disaster Agency")
    assert agency.kind == "organization"
    assert "NDA" in agency.aliases


def test_unclosed_quotation_mid_paragraph_ends_where_narration_resumes():
    article = _article(
        "Earlier, Governor Tom Hale caused outrage with the statement “we will never give up, "
        "we will win this fight. Meanwhile the protests continued and Judge Ana Ruiz resigned. "
        "She later left the country."
    )
    (quote,) = article.quotations
    assert quote.text == "we will never give up, we will win this fight."
    assert quote.speaker == "Tom Hale"
    assert quote.cue == "statement"


def test_self_description_and_agentive_labels_are_speech_but_one_word_labels_are_not():
    article = _article(
        "Ana Ruiz describes herself as “a mother first and a mayor second”.\n\n"
        "The government of Peter Lang has described her as a “reckless, dangerous agitator”.\n\n"
        "Her so-called “reforms” were blocked, and the press dubbed it “Operation Dawn”."
    )
    mother = quote_containing(article, "mother first")
    assert mother.speaker == "Ana Ruiz" and mother.confidence >= 0.5
    agitator = quote_containing(article, "agitator")
    assert agitator.confidence >= 0.5
    assert quote_containing(article, "reforms").confidence < 0.5
    assert quote_containing(article, "Operation Dawn").confidence < 0.5


def test_possessed_speaker_is_kept_as_written_not_the_owner():
    article = _article(
        "Tom Hale was charged on Monday. Tom Hale’s lawyer said the charges were “absurd and "
        "politically motivated”."
    )
    (quote,) = article.quotations
    assert quote.speaker == "Tom Hale’s lawyer"


def test_parsed_subject_beats_the_first_name_in_the_clause():
    article = _article(
        "Speaking to Mayor Tom Hale on Monday, Governor Ana Ruiz said the dam was "
        "“safe for now, but not for long”."
    )
    assert article.quotations[0].speaker == "Ana Ruiz"


def test_unnamed_subjects_and_it_for_an_organisation():
    article = _article(
        "Officials in the capital told reporters that the area was “completely sealed off "
        "until further notice”.\n\n"
        "The Transport Union held a meeting on Friday. It said the strike “will go on until "
        "every driver is paid”."
    )
    sealed = quote_containing(article, "sealed off")
    assert sealed.speaker == "officials in the capital"
    strike = quote_containing(article, "go on")
    assert strike.speaker == "Transport Union"


def test_apposition_after_a_possessed_noun_names_the_speaker():
    article = _article(
        "Dr. Priya Nair runs the ward. Nair’s colleague, Emeka Obi, said: “We cannot go on "
        "like this.”"
    )
    assert article.quotations[0].speaker == "Emeka Obi"


def test_short_interrupted_quotation_with_its_speaker_is_speech():
    article = _article("“We will,” Ana Ruiz said, “never give up on this town.”")
    first, second = article.quotations
    assert first.text == "We will,"
    assert first.speaker == second.speaker == "Ana Ruiz"
    assert first.confidence >= 0.5


def test_unnamed_speaker_with_an_acronym_keeps_it():
    article = _article("'This is a disaster for the party,' said one senior MP on Monday.")
    assert article.quotations[0].speaker == "one senior MP"


def test_plural_possessive_inside_single_quotes_is_an_apostrophe():
    article = _article(
        "'The officers' families have waited long enough,' said Ana Ruiz. 'We want answers.'"
    )
    first, second = article.quotations
    assert first.text == "The officers' families have waited long enough,"
    assert first.speaker == second.speaker == "Ana Ruiz"


def test_subject_phrase_speaks_rather_than_a_name_in_its_modifier():
    article = _article(
        "The workers’ union, led by Tom Hale, said the deal was “a betrayal of everyone who "
        "voted”. The mayor of the town, Ana Ruiz, said it was “a good day for everyone”."
    )
    assert quote_containing(article, "betrayal").speaker == "the workers’ union"
    assert quote_containing(article, "good day").speaker == "Ana Ruiz"


def test_unresolved_pronoun_is_not_replaced_by_an_earlier_speaker():
    article = _article(
        "“The plan is sound,” said Ana Ruiz.\n\n'I thank all the voters' he said on Friday."
    )
    thanks = quote_containing(article, "voters")
    assert thanks.speaker is None and thanks.speaker_as_written == "he"
    assert thanks.confidence >= 0.5  # still speech: a speech verb introduces it


def test_two_word_sentence_continuing_a_named_speaker_is_speech():
    article = _article("“We waited two days on the roof,” said Marta Quispe. “Nobody came.”")
    came = quote_containing(article, "Nobody came")
    assert came.speaker == "Marta Quispe" and came.confidence >= 0.5


def test_participle_and_object_label_cues_attribute_to_the_subject():
    article = _article(
        "The Chancellor, Rachel Osborne, defended her budget, insisting it was 'the only "
        "responsible choice'. Her opponent, David Pryce, called the plan 'a betrayal of "
        "working families'."
    )
    assert quote_containing(article, "responsible").speaker == "Rachel Osborne"
    betrayal = quote_containing(article, "betrayal")
    assert betrayal.speaker == "David Pryce" and betrayal.confidence >= 0.5


def test_verbs_of_reported_judgement_attribute_partial_quotations():
    article = _article(
        "The transport minister, Élise Marchand, accused the union of “taking the country "
        "hostage”, and she vowed to “never give in to blackmail”."
    )
    assert quote_containing(article, "hostage").speaker == "Élise Marchand"
    assert quote_containing(article, "blackmail").speaker == "Élise Marchand"


def test_british_quotation_running_over_paragraphs_keeps_its_speaker():
    article = _article(
        "In a speech to the Institute for Fiscal Balance on Monday evening, Sir Desmond "
        "O’Neill set out his objections at length.\n\n"
        "‘Every government in my lifetime has been tempted by the idea that there is a pot "
        "of money in the nation’s lofts. There isn’t. There are families, and there are "
        "pensioners.\n\n"
        "‘If we go into the next election as the party that taxes grief, we will deserve "
        "what happens to us.’"
    )
    first = quote_containing(article, "Every government")
    assert first.text.endswith("there are pensioners.")
    assert first.speaker == "Desmond O’Neill"
    assert quote_containing(article, "taxes grief").speaker == "Desmond O’Neill"


def test_subject_after_a_name_is_not_its_apposition():
    article = _article(
        "Chancellor Miriam Hale presented the budget. Sir Desmond O’Neill attacked it.\n\n"
        "Asked whether she would meet Sir Desmond, the chancellor said the budget ‘will not "
        "be rewritten by former ministers on the radio’. He says he has written to her twice."
    )
    assert quote_containing(article, "rewritten").speaker == "Miriam Hale"


def test_a_code_name_in_quotes_does_not_hide_the_subject_of_the_sentence():
    article = _article(
        "The Federal Office for Financial Crime (BFK), whose investigators opened the case "
        "under the code name „Leuchtturm“ after a tip-off in 2021, said in a statement that "
        "the verdict sent „a clear signal to every boardroom in the country“."
    )
    quote = quote_containing(article, "clear signal")
    assert quote.speaker == "Federal Office for Financial Crime"


def test_a_known_given_name_outweighs_a_pronoun_about_someone_else():
    article = _article(
        "Judge Annegret Vollmer sentenced Jörg Steinhauer to six years.\n\n"
        "His lawyer, Clémence Roussel, told reporters that he would appeal. „My client has "
        "been made to carry the responsibility of an entire board,“ she said."
    )
    assert quote_containing(article, "entire board").speaker == "Clémence Roussel"


def test_a_title_of_state_before_a_name_makes_the_name_the_subject():
    article = _article(
        "Fabrizio Conti, the union representative, said workers had no warning. «She closes "
        "the plant,» he said.\n\n"
        "Vaud's minister for the economy, Councillor of State Jean-Marc Perrottet, said the "
        "canton learned of it on Wednesday. «We were informed by email,» he said.\n\n"
        "A spokesman for Ms Lachenal said the plan would save «millions of francs every year»."
    )
    assert quote_containing(article, "informed by email").speaker == "Jean-Marc Perrottet"
    assert quote_containing(article, "millions of francs").speaker != "Lachenal"


def test_an_organisation_noun_means_the_organisation_just_named():
    article = _article(
        "The NDA said in a statement that its forecasters had warned of rain since Saturday. "
        '"Red alerts were issued in line with protocol," the agency said.'
    )
    assert quote_containing(article, "Red alerts").speaker == "NDA"


def test_the_statement_said_is_whoever_issued_the_statement():
    article = _article(
        "Corvalis Systems will cut 1,200 jobs. In a statement, the company said the cuts "
        'would mostly affect support staff. "We are making these changes to concentrate '
        'our investment," the statement said.'
    )
    assert quote_containing(article, "making these changes").speaker == "Corvalis Systems"


def test_a_description_before_the_verb_and_a_role_introduced_later():
    article = _article(
        "João Baptista Magalhães has conceded. Speaking to supporters at the Partido da "
        "Renovação Local (PRL) headquarters on Rua da Liberdade, the outgoing mayor said: "
        "«The people have spoken and I respect them.»\n\n"
        "«It is over,» said Mayor Magalhães as he left."
    )
    quote = quote_containing(article, "people have spoken")
    assert quote.speaker == "João Baptista Magalhães"
    assert quote.speaker_as_written == "the outgoing mayor"


def test_a_possessed_title_followed_by_the_name_is_the_named_person():
    article = _article(
        "Inês Valente won. In a post on X, Magalhaes's campaign director, Teresa Vilaça, "
        "wrote: “The numbers are still out. Nobody should be calling anything yet.”"
    )
    assert quote_containing(article, "numbers are still out").speaker == "Teresa Vilaça"


def test_two_words_that_finish_the_speakers_clause_are_speech_a_label_is_not():
    article = _article(
        'Mayor Tomás Ibarrola told reporters that the alert system had "failed completely" '
        'and demanded an inquiry. The army said six "armed terrorists" were killed.'
    )
    assert quote_containing(article, "failed completely").confidence >= 0.5
    assert quote_containing(article, "failed completely").speaker == "Tomás Ibarrola"
    assert quote_containing(article, "armed terrorists").confidence < 0.5


def test_an_unnamed_speaker_described_with_a_proper_adjective():
    article = _article(
        "Not everyone agreed. 'Robbery, pure robbery,' said a Kingsmere fan who had "
        "travelled down on one of the club's coaches."
    )
    quote = quote_containing(article, "Robbery")
    assert quote.speaker == "a Kingsmere fan"
    assert quote.confidence >= 0.5


def test_an_unclosed_post_runs_on_past_a_sentence_that_names_a_place():
    article = _article(
        "Duarte Pinto conceded. Pinto tweeted: “Congratulations to Ines Valente. The AVS "
        "will judge every proposal on its merits, starting with the Sado bridge.\n\n"
        "Counting continued overnight."
    )
    quote = quote_containing(article, "Congratulations")
    assert quote.text.endswith("starting with the Sado bridge.")


def test_question_and_answer_lines_and_quotations_inside_an_answer():
    article = _article(
        "Julian Ferreira-Stokes: Is the grandmother in the novel her?\n\n"
        "El-Amrani: Partly. My mother says no, and then she reads a chapter and phones me in "
        "tears. Last week she called and said, ‹You made me a thief and a saint.› So, partly."
        "\n\nNour El-Amrani will read in Edinburgh.\n\n"
        "Readers’ questions\n\n"
        "Q: Do you plan your novels or discover them as you write?\n\n"
        "A: I discover them, and then I spend two years pretending I planned them."
    )
    answer = quote_containing(article, "Partly.")
    assert answer.speaker == "Nour El-Amrani"
    inner = next(q for q in article.quotations if q.text.startswith("You made me"))
    assert inner.text == "You made me a thief and a saint."
    assert inner.speaker == "my mother"
    assert quote_containing(article, "pretending I planned").speaker == "Nour El-Amrani"
    question = quote_containing(article, "Do you plan")
    assert question.speaker is None


def test_someone_who_becomes_the_subject_between_two_quotations_speaks_the_second():
    article = _article(
        "Tobias Wendt remembers the day. “I started reading it on the train and missed my "
        "stop,” he said. Nour El-Amrani, who was sitting beside him, laughed. “He tells "
        "everyone that. I think he actually fell asleep.”"
    )
    assert quote_containing(article, "fell asleep").speaker == "Nour El-Amrani"


def test_a_quotation_inside_a_quotation_gets_its_own_speaker_only_from_inside():
    article = _article(
        "“I just tried to stay calm,” Ana Nascimento said. “Niamh O'Driscoll told me before "
        "the kick: ‘Same corner as always, don't be clever.’ So I wasn't clever.”\n\n"
        "“We got two replies, and both said the same thing: ‘the matter is receiving "
        "attention.’ Nothing more,” said Ngozi Abiodun."
    )
    outer = quote_containing(article, "Niamh O'Driscoll told me")
    assert outer.speaker == "Ana Nascimento"
    inner = next(q for q in article.quotations if q.text.startswith("Same corner"))
    assert inner.speaker == "Niamh O'Driscoll"
    assert inner.start > outer.start and inner.end < outer.end
    nested = next(q for q in article.quotations if q.text.startswith("the matter is"))
    assert nested.speaker != "Ngozi Abiodun"  # she quotes the replies; they are not hers
    assert quote_containing(article, "We got two replies").speaker == "Ngozi Abiodun"


def test_a_dash_and_a_name_after_a_quotation_attribute_it():
    article = _article(
        "“We will rebuild the bridge within a year.” — Maria Lopez, mayor of Lyon\n\n"
        "The council meets on Monday."
    )
    assert quote_containing(article, "rebuild the bridge").speaker == "Maria Lopez"


def test_a_man_whose_given_name_ends_in_a_is_still_he():
    article = _article(
        "Scotland's First Minister Humza Yousaf described the situation as 'unprecedented'. "
        "He told BBC Scotland: 'I would urge people to follow the advice of the police.'"
    )
    assert quote_containing(article, "I would urge").speaker == "Humza Yousaf"


def test_a_possessive_title_then_a_name_in_commas_is_the_named_person():
    article = _article(
        "Its director, Ana Beltrán, said the project began in 2019. Beltrán's producer, "
        'Tomás Ferrer, called the reaction "completely and utterly overwhelming". He added: '
        '"We did not expect the queues."'
    )
    assert quote_containing(article, "utterly overwhelming").speaker == "Tomás Ferrer"
    assert quote_containing(article, "expect the queues").speaker == "Tomás Ferrer"


def test_british_court_report_conventions():
    article = _article(
        "Prosecutor Priya Sandhu KC opened the case for the Crown on Tuesday.\n\n"
        "‘This was not a fight. It was an ambush,’ Ms Sandhu told the court. ‘Mr Mabey never "
        "saw it coming, and he never had the chance to defend himself.\n\n"
        "‘The defendant had a 16kg kettlebell on the passenger seat of his car.’\n\n"
        "Liam Carrow, 31, denies wounding with intent. Hours later he sent her a WhatsApp "
        "message reading: ‘Hope he’s worth it. Tell him to watch his back.’\n\n"
        "Body-worn camera footage showed him telling PC Daniel Hurst: ‘He came at me first, I "
        "swear down.’"
    )
    assert quote_containing(article, "It was an ambush").speaker == "Priya Sandhu"
    assert quote_containing(article, "never saw it coming").speaker == "Priya Sandhu"
    assert quote_containing(article, "16kg kettlebell").speaker == "Priya Sandhu"
    assert quote_containing(article, "worth it").speaker == "Liam Carrow"
    assert quote_containing(article, "came at me first").speaker == "Liam Carrow"


def test_a_place_before_a_colon_is_a_dateline_not_a_transcript_speaker():
    article = _article(
        "Bhandara: At least seven people were killed when a bridge over the river collapsed "
        "on Tuesday evening.\n\n"
        "Superintendent of Police Nitin Gawande said: “Nobody has been arrested yet.”"
    )
    assert not [q for q in article.quotations if q.text.startswith("At least seven")]
    assert quote_containing(article, "Nobody has been arrested").speaker == "Nitin Gawande"


def test_answers_belong_to_the_expert_the_section_introduces():
    article = _article(
        "Gavin Pilkington thought it was a mosquito bite. Gavin Pilkington now wears long "
        "pants to garden, and Pilkington says he checks his legs every night.\n\n"
        "Your questions, answered\n\n"
        "We put readers' most common questions to Dr Aroha Ngata.\n\n"
        "Q: Can I catch Buruli ulcer from another person?\n\n"
        "A: No. There's no evidence it spreads from person to person."
    )
    assert quote_containing(article, "no evidence it spreads").speaker == "Aroha Ngata"


def test_described_speakers_are_cut_at_their_head_noun_and_appositions_are_skipped():
    article = _article(
        "Mayor Ana Ruiz ordered the evacuation on Monday.\n\n"
        "A police officer directing cars at the north end of town said the line had barely "
        "moved. “Everybody’s calm, everybody’s patient,” he told drivers.\n\n"
        '"The wind is howling like nothing since Yolanda," one evacuee, a mother of three '
        "sheltering with her children at the Astrodome, told our correspondent."
    )
    assert quote_containing(article, "Everybody’s calm").speaker == "a police officer"
    assert quote_containing(article, "wind is howling").speaker == "one evacuee"


def test_double_marks_nested_in_a_single_quotation_do_not_close_it():
    article = _article(
        "Chloe Dwyer, his former partner, gave evidence on Tuesday.\n\n"
        "‘He used to say “if I can’t have you, nobody will” but I thought it was just talk,’ "
        "she said."
    )
    quote = quote_containing(article, "He used to say")
    assert quote.text.endswith("but I thought it was just talk,")
    assert quote.speaker == "Chloe Dwyer"


def test_a_transcript_label_may_carry_a_description():
    article = _article(
        "Residents described the raid to reporters.\n\n"
        "Yusmary Pacheco, Kelvin’s mother: They came in at five, without a warrant. My son "
        "was asleep in his bed."
    )
    assert quote_containing(article, "came in at five").speaker == "Yusmary Pacheco"


def test_names_of_campaigns_reports_and_plans_in_quotes_are_labels():
    article = _article(
        "Ana Ruiz, who recommended the closures as part of a plan the district calls "
        "“Right-Sizing for Tomorrow,” told the board the savings were real. A report published "
        "by her organisation last year, «Farming at the Limit», found high nitrate levels. "
        'In a paper published this month, "Possum excreta as a sentinel for bacteria in '
        'urban Melbourne", the team set out its method. The council expanded its "Cover up, '
        'clean up" campaign.'
    )
    public = [q.text for q in article.quotations if q.confidence >= 0.5]
    assert public == []


def test_she_means_the_unnamed_subject_even_when_it_works_at_a_named_hospital():
    article = _article(
        "In a statement, Dr Helen Carver said: 'I want to apologise to every patient.'\n\n"
        "An emergency medicine consultant at Princess Beatrice Hospital, who asked not to be "
        "named, described the weekend as the worst she had seen in 15 years.\n\n"
        "'We had a man having a heart attack assessed in the back of an ambulance,' she said."
    )
    quote = quote_containing(article, "heart attack")
    assert quote.speaker == "an emergency medicine consultant"


def test_transcript_labels_with_a_title_and_role_labels():
    article = _article(
        "Sheriff Dana Holloway spoke outside the jail on Tuesday.\n\n"
        "Sheriff Dana Holloway: We believe both men are still in the county.\n\n"
        "Reporter: How long had that lock been missing?\n\n"
        "Holloway: We don't know yet. The review is going to tell us."
    )
    assert quote_containing(article, "still in the county").speaker == "Dana Holloway"
    assert quote_containing(article, "lock been missing").speaker.casefold() == "reporter"
    assert quote_containing(article, "don't know yet").speaker == "Dana Holloway"
    assert "Reporter" not in {e.name for e in article.entities}


def test_she_means_the_reporter_not_the_person_named_in_her_report():
    article = _article(
        "Deputies searched the valley on Monday.\n\n"
        "Pettibone's mother, Rhonda Pettibone, told KWRV she had not heard from her son "
        "since Saturday, and that Sgt. Lisa Crane of the sheriff's office had come to her "
        "house twice since the escape.\n\n"
        '"I told her both times, I don\'t know where he is," she said.'
    )
    assert quote_containing(article, "both times").speaker == "Rhonda Pettibone"


def test_he_means_the_pronoun_reporter_not_the_person_named_in_his_report():
    article = _article(
        "The defendant's lawyer, Tomás Ibarra Quintero, said his client was innocent. Ibarra "
        "also represents Captain Rubén Salcedo Ortiz, who was arrested in March.\n\n"
        "He said both men had been beaten and that Salcedo had denied every charge.\n\n"
        '"They want a confession," he said.'
    )
    assert quote_containing(article, "want a confession").speaker == "Tomás Ibarra Quintero"


def test_an_apposition_with_an_age_is_the_speaker_not_the_relative_it_names():
    article = _article(
        "Sergeant Lucía Parra, 34, was detained in Caracas. Her lawyer said Parra had been "
        "held for nine days.\n\n"
        "Parra's mother, Gloria Esther Parra, 61, said she had seen her daughter once.\n\n"
        '"She told me not to cry," she said.'
    )
    assert quote_containing(article, "not to cry").speaker == "Gloria Esther Parra"


def test_a_post_in_an_organisation_and_a_compound_role_resolve_to_the_person():
    article = _article(
        "Labour Minister Bastien Morel-Aubry opened the debate. Prime Minister Hélène "
        "Corbière watched.\n\n"
        "« Doing nothing is not an option », the labour minister said.\n\n"
        "« We respect the vote », said FDT leader Laurent Guichard.\n\n"
        "Nadia Ferhat, the union's leader, said the vote « changes nothing »."
    )
    assert quote_containing(article, "Doing nothing").speaker == "Bastien Morel-Aubry"
    assert quote_containing(article, "respect the vote").speaker == "Laurent Guichard"
    changes = quote_containing(article, "changes nothing")
    assert changes.speaker == "Nadia Ferhat" and changes.confidence >= 0.5


def test_a_letter_speaks_for_its_writer_and_one_of_the_engineers_is_unnamed():
    article = _article(
        "The board chair then read out a letter from the agency's chief executive, Mr "
        "Mandla Khumalo-Prinsloo. The letter, a copy of which the Rand Ledger has seen, "
        "states that the agency “is satisfied that the supplier has secured partners”.\n\n"
        "One of the engineers, who asked not to be named because he still works at the "
        "utility, said the memo had been discussed for five minutes.\n\n"
        "“We were told the diesel was urgent,” he said."
    )
    satisfied = quote_containing(article, "is satisfied")
    assert satisfied.speaker == "Mandla Khumalo-Prinsloo"
    assert quote_containing(article, "diesel was urgent").speaker == "one of the engineers"


def test_a_hyphenated_post_resolves_to_its_holder():
    article = _article(
        "Vice-Minister for Citizen Security Gerardo Ocando Lira spoke on VTV on Tuesday.\n\n"
        'The vice-minister said that was "a matter for the Public Ministry," before adding: '
        '"The State acted within the law."'
    )
    assert quote_containing(article, "a matter for").speaker == "Gerardo Ocando Lira"


def test_the_official_is_who_just_spoke_and_lower_case_posts_before_a_name():
    article = _article(
        "The BMC had served a notice, said assistant municipal commissioner D. K. Sawant.\n\n"
        "“A notice was served in June 2023,” said the official.\n\n"
        "“We have registered an FIR,” said deputy commissioner of police (Zone 7) Pradnya "
        "Mhatre.\n\n"
        "A senior BMC official, who did not wish to be named, told this newspaper that the "
        "list was long.\n\n"
        "“Nobody takes responsibility,” the official said."
    )
    assert quote_containing(article, "served in June").speaker == "D. K. Sawant"
    assert quote_containing(article, "registered an FIR").speaker == "Pradnya Mhatre"
    assert quote_containing(article, "Nobody takes").speaker != "D. K. Sawant"


def test_a_hearing_exchange_with_surnames_in_capitals():
    article = _article(
        "Sen. Maria Alvarez (D-N.M.) questioned Gregory Hollis, the airline's chief "
        "executive, on Wednesday.\n\n"
        "ALVAREZ: On December 20, your own operations center warned you. Did you see it?\n\n"
        "HOLLIS: Senator, I saw a summary of it on the morning of the 21st.\n\n"
        "ALVAREZ: You knew.\n\n"
        "Sen. Joan Kessling (D-Mich.) pressed Hollis on the vouchers, which she called "
        "“a coupon, not a refund.”"
    )
    assert quote_containing(article, "saw a summary").speaker == "Gregory Hollis"
    assert quote_containing(article, "You knew").speaker == "Maria Alvarez"
    assert quote_containing(article, "a coupon").speaker == "Joan Kessling"
    assert entity(article, "Maria Alvarez").kind == "person"
    assert "D-N" not in {e.name for e in article.entities}


def test_one_capitalised_update_label_is_not_a_transcript():
    article = _article(
        "UPDATE: The council said the road would reopen on Friday, officials confirmed."
    )
    assert not [q for q in article.quotations if q.confidence >= 0.5]


def test_the_company_is_the_company_that_just_spoke_not_the_story_subject():
    article = _article(
        "Midstate Asphalt Group lost the bid. Midstate Asphalt Group will appeal, and "
        "Midstate Asphalt Group lawyers filed papers on Friday.\n\n"
        "In a statement, Prairie Line Paving Inc. said it had followed every rule.\n\n"
        '"We won this contract because of our record," the company said.'
    )
    quote = quote_containing(article, "won this contract")
    assert quote.speaker == "Prairie Line Paving Inc"
    assert quote.speaker_as_written == "the company"


def test_nicknames_posts_before_given_names_and_proper_adjective_descriptions():
    article = _article(
        "Office of Civil Defense Undersecretary Leonora Abad-Santos said boats were on the "
        "way. Infrastructure group manager Dean Whitcombe fronted media on Sunday. Governor "
        "Ramon “Bong” Dizon met the mayor.\n\n"
        "“Leave now,” Dizon said.\n\n"
        "“We had to carry her out through the roof,” said a Coast Guard rescuer who asked "
        "not to be named.\n\n"
        "“That alarm should have been reinstated,” Whitcombe said."
    )
    assert quote_containing(article, "Leave now").speaker == "Ramon “Bong” Dizon"
    assert quote_containing(article, "through the roof").speaker == "a Coast Guard rescuer"
    assert quote_containing(article, "alarm should").speaker == "Dean Whitcombe"
    assert entity(article, "Leonora Abad-Santos").kind == "person"
    assert entity(article, "Office of Civil Defense").kind == "organization"


def test_a_phrase_quoted_in_a_new_sentence_continues_nobody():
    article = _article(
        "The regulator said it was “making enquiries” with the council. Under the Act, "
        "suppliers must notify consumers “as soon as practicable” after a positive result."
    )
    assert quote_containing(article, "making enquiries").speaker is not None
    phrase = quote_containing(article, "as soon as practicable")
    assert phrase.speaker is None and phrase.confidence < 0.5


def test_stage_directions_unclosed_speech_and_appositions_naming_the_speaker():
    article = _article(
        "A video recorded from a neighbouring rooftop circulated on Friday.\n\n"
        "Neighbour (off camera): They've got El Flaco on the ground. He isn't doing anything!"
        "\n\n"
        'His sister, Yusleidy Escalona, said the officers arrived at dawn. "They asked for him '
        "by his nickname. They already knew who they were looking for. They made my mother and "
        "me go out to the street\n\n"
        "The FAES commander in Lara, Commissioner Argenis Tovar Lugo, told a radio station on "
        'Friday that the officers had been "received with gunfire."\n\n'
        '"I don\'t know how to tell them," said his partner, Nohelia Castillo.'
    )
    assert quote_containing(article, "El Flaco").speaker_as_written.casefold() == "neighbour"
    unclosed = quote_containing(article, "asked for him")
    assert unclosed.text.endswith("go out to the street")
    assert unclosed.speaker == "Yusleidy Escalona"
    assert quote_containing(article, "received with gunfire").speaker == "Argenis Tovar Lugo"
    assert quote_containing(article, "how to tell them").speaker == "Nohelia Castillo"


def test_questions_from_journalists_and_short_single_quoted_phrases():
    article = _article(
        "Governor Amos Njenga said the bank would keep cutting.\n\n"
        "Below are edited excerpts from the question-and-answer session with journalists:\n\n"
        "Q: Governor, is the CBK fixing the exchange rate?\n\n"
        "A: No. The exchange rate is market-determined, and we do not fix it.\n\n"
        "Rashid Qureshi, defending, said his client was ‘genuinely remorseful’ and had "
        "handed the dog over. Neighbours called it the dog’s ‘bad days’ too."
    )
    assert quote_containing(article, "fixing the exchange").speaker == "a journalist"
    assert quote_containing(article, "market-determined").speaker == "Amos Njenga"
    remorse = quote_containing(article, "genuinely remorseful")
    assert remorse.speaker == "Rashid Qureshi" and remorse.confidence >= 0.5


def test_posts_abbreviations_and_phrasal_verbs_name_the_speaker():
    article = _article(
        "Superintendent Anil Ramaswamy presented the plan to close Garfield Elementary. Her "
        "union, the Linnhaven Education Association (LEA), said in a statement it would hold "
        "the district to its promise.\n\n"
        "Board member José Villasenor pressed Ramaswamy on the routes. The superintendent "
        "said it had mapped them.\n\n"
        "“We are adding two routes on the south side,” he said.\n\n"
        "“You are asking a 6-year-old to be at a bus stop in the dark,” Villasenor shot back."
        "\n\n“Our members will be there for every one of these children,” the LEA said."
    )
    assert quote_containing(article, "adding two routes").speaker == "Anil Ramaswamy"
    assert quote_containing(article, "6-year-old").speaker == "José Villasenor"
    assert quote_containing(article, "Our members").speaker == "Linnhaven Education Association"
    assert entity(article, "Garfield Elementary").kind == "organization"


def test_the_spokesperson_is_the_unnamed_spokesperson_just_introduced():
    article = _article(
        "Kjetil Mørkved, who leads the union branch, said workers were used to headlines.\n\n"
        "A spokesperson for the Ministry of Trade said there were no plans for state support. "
        "“It is for the company and its owners to find a solution,” the spokesperson said."
    )
    quote = quote_containing(article, "find a solution")
    assert quote.speaker == "a spokesperson for the Ministry of Trade"


def test_an_honorific_picks_the_spouse_who_shares_the_surname():
    article = _article(
        "Raymond Kettering, 71, died in the back of an ambulance. Mr Kettering had waited "
        "three hours. Outside court, Mr Kettering's widow, Lorraine Kettering, spoke to "
        "reporters. Mr Kettering was a builder.\n\n"
        "‘Those two young blokes did everything they could,’ Mrs Kettering said."
    )
    assert quote_containing(article, "young blokes").speaker == "Lorraine Kettering"


def test_a_quoted_predicate_after_a_linking_verb_is_speech():
    article = _article(
        "Health Minister Corinne Maddox said she would not pre-empt the findings but "
        'acknowledged ramping remained "unacceptably high".'
    )
    quote = quote_containing(article, "unacceptably high")
    assert quote.speaker == "Corinne Maddox" and quote.confidence >= 0.5


def test_a_one_word_label_in_an_exchange_speaks_even_without_i_or_you():
    article = _article(
        "The hearing lasted four minutes, according to a recording.\n\n"
        "Judge: Does the accused wish to make a statement?\n\n"
        "Quintero: Yes. I want it on the record that I was beaten.\n\n"
        "Judge: That is not the purpose of this hearing. Sit down.\n\n"
        "Caracas: Police said the city was calm on Monday."
    )
    assert quote_containing(article, "not the purpose").speaker_as_written.casefold() == "judge"
    assert not [q for q in article.quotations if "city was calm" in q.text and q.confidence >= 0.5]


def test_a_quotation_after_a_sentence_about_its_speaker():
    article = _article(
        "Keon Mallory spoke to reporters briefly outside the practice facility on Tuesday.\n\n"
        "Asked whether he had a message for Portland fans, he paused. “Thank you. That's it. "
        "Thank you.”"
    )
    assert quote_containing(article, "Thank you").speaker == "Keon Mallory"


def test_court_record_labels_are_the_people_introduced_in_those_roles():
    article = extract(
        "Witness says she changed the scores\n\n"
        "Teoh Pei Shan, 44, the seventh prosecution witness, was questioned by deputy public "
        "prosecutor (DPP) Nur Aqilah binti Mohd Yusri before Justice Datuk Wan Shahrizal Wan "
        "Daud.\n\n"
        "DPP: What did the first accused tell you at that meeting?\n\n"
        "Witness: He told me not to put anything in email.\n\n"
        "DPP: Did he give any reason?\n\n"
        "Witness: He said the board wanted a local partner.\n\n"
        '"Counsel, she has answered you. Move on," the judge said.\n\n'
        'DPP Nur Aqilah said more witnesses would be called. "We will close by March," she '
        "said."
    )
    assert_invariants(article)
    assert quote_containing(article, "not to put anything").speaker == "Teoh Pei Shan"
    assert quote_containing(article, "local partner").speaker == "Teoh Pei Shan"
    assert quote_containing(article, "give any reason").speaker == "Nur Aqilah binti Mohd Yusri"
    assert quote_containing(article, "Move on").speaker == "Wan Shahrizal Wan Daud"
    assert quote_containing(article, "close by March").speaker == "Nur Aqilah binti Mohd Yusri"


def test_a_statement_run_on_across_paragraphs_keeps_its_speaker():
    article = extract(
        "Club sack manager after derby defeat\n\n"
        "In a statement, chairman Malcolm Tregear said: ‘This is not a decision the board "
        "has taken lightly. Kevin has given this club some of its proudest days.\n\n"
        "‘But results have not been at the level any of us expect.\n\n"
        "‘I want to thank Kevin and his staff for their hard work.’"
    )
    first = quote_containing(article, "taken lightly")
    assert "proudest days" in first.text
    assert first.speaker == "Malcolm Tregear"
    assert quote_containing(article, "at the level").speaker == "Malcolm Tregear"
    assert quote_containing(article, "thank Kevin").speaker == "Malcolm Tregear"


def test_banners_and_chants_are_not_statements_and_a_colon_opens_speech():
    article = extract(
        "Club sack manager after derby defeat\n\n"
        "Fans unfurled a banner reading ‘ASHDOWN OUT – 21st IS NOT GOOD ENOUGH’ and chants "
        "of ‘You don’t know what you’re doing’ rang around the away end.\n\n"
        "Asked whether he would manage again, Kevin Ashdown said: ‘Give me a fortnight with "
        "the dog and the golf clubs and ask me again."
    )
    public = [q for q in article.quotations if q.confidence >= 0.5]
    assert not [q for q in public if "ASHDOWN OUT" in q.text or "know what" in q.text]
    assert quote_containing(article, "Give me a fortnight").speaker == "Kevin Ashdown"


def test_written_words_right_after_a_verb_of_writing_are_the_writers():
    article = extract(
        "Families bury their dead\n\n"
        "Yarelis Pérez Garmendia, a cousin of the pilot, said the family was told late on "
        "Saturday. On Friday she had written on Instagram: «Four days and they still won't "
        "let us see him. We are asking for our dead.»\n\n"
        "The union said it had written to the management eleven times since July.\n\n"
        '"Eleven letters. We got two replies," said Ngozi Abiodun, the branch chairperson.'
    )
    assert quote_containing(article, "Four days").speaker == "Yarelis Pérez Garmendia"
    assert quote_containing(article, "Eleven letters").speaker == "Ngozi Abiodun"


def test_it_said_is_not_an_organisation_named_inside_the_quotation():
    article = extract(
        "Ministry orders port authority to cooperate\n\n"
        "The Transport Ministry issued a statement on Wednesday evening. “The ministry has "
        "directed the port authority to cooperate fully with the Malaysian Anti-Corruption "
        "Commission,” it said."
    )
    assert quote_containing(article, "cooperate fully").speaker == "Transport Ministry"


def test_qa_answers_belong_to_the_person_introduced_not_her_employer():
    article = extract(
        "Matatu strike enters second day\n\n"
        '"We have been patient for too long," said Peter Gachanja, the chairperson of the '
        'operators\' alliance. "Either the price comes down or we stay parked."\n\n'
        "Mr Gachanja told reporters the strike would go on.\n\n"
        "Dr Miriam Wekesa, a senior economist at the Nairobi Centre for Economic Inquiry "
        "(NCEI), spoke to our business desk.\n\n"
        "Q: Why does a diesel increase hit ordinary households so hard?\n\n"
        "A: Because diesel moves everything. You will see it in the price of food.\n\n"
        "Q: Will the strike work?\n\n"
        "A: Strikes like this rarely last beyond two or three days."
    )
    assert quote_containing(article, "diesel moves everything").speaker == "Miriam Wekesa"
    assert quote_containing(article, "rarely last").speaker == "Miriam Wekesa"


def test_the_initials_of_a_post_are_its_holder():
    article = extract(
        "Operators defy the CS over fuel prices\n\n"
        "Transport Cabinet Secretary Hellen Moraa Nyakundi called the strike unfair.\n\n"
        "“The government has heard the operators,” the CS said at a press briefing. “My door "
        "is open.”\n\n"
        "10.45am: CS Nyakundi invites the operators to talks at 2pm."
    )
    assert quote_containing(article, "heard the operators").speaker == "Hellen Moraa Nyakundi"
    assert quote_containing(article, "My door is open").speaker == "Hellen Moraa Nyakundi"
    assert "CS" not in {e.name for e in article.entities}


def test_minutes_with_long_labels_and_party_brackets():
    article = extract(
        "Council demands answers on hospital trolleys\n\n"
        "The exchange at Tuesday's meeting of the municipal district went as follows.\n\n"
        "Cathaoirleach Cllr Seán Ó Briain (FF): I'm asking members to keep this civil.\n\n"
        "Cllr Aoife Ní Bhriain (SF): With respect, we've had hearings. We've had the "
        "excuses.\n\n"
        "Cllr Martin Gaffney (FG): How many of those beds are actually staffed tonight?\n\n"
        "Cllr Ó Briain: Is that seconded? Agreed."
    )
    assert quote_containing(article, "keep this civil").speaker == "Seán Ó Briain"
    assert quote_containing(article, "had hearings").speaker == "Aoife Ní Bhriain"
    assert quote_containing(article, "actually staffed").speaker == "Martin Gaffney"


def test_a_conductor_speaks_and_the_police_boss_is_the_commander():
    article = extract(
        "Matatu strike paralyses the city\n\n"
        '"We have been patient for too long," said Peter Gachanja, the chairperson of the '
        "operators' alliance.\n\n"
        "A conductor at the Kencom stage who declined to give his name was more blunt. ‘We "
        "are not on leave. We are on strike,’ he said.\n\n"
        "Nairobi Regional Police Commander Rashid Wario said officers had been deployed.\n\n"
        "Police fired tear gas in Githurai. The police boss said 14 people had been arrested. "
        "“We have recorded two vehicles damaged,” he told reporters."
    )
    assert "conductor" in quote_containing(article, "not on leave").speaker
    assert quote_containing(article, "two vehicles damaged").speaker == "Rashid Wario"


def test_a_name_followed_by_who_is_a_person_a_pronoun_can_mean():
    article = extract(
        "Matatu strike paralyses the city\n\n"
        '"We have been patient for too long," said Peter Gachanja, the chairperson of the '
        "operators' alliance.\n\n"
        "At the Rongai stage, Moses Otieno, who has driven a matatu on Route 125 for 11 "
        "years, sat behind the wheel of his parked vehicle.\n\n"
        "“Sisi si maadui wa wananchi,” he said (loosely translated: We are not the enemies "
        "of the people)."
    )
    assert quote_containing(article, "Sisi si maadui").speaker == "Moses Otieno"


def test_the_utility_said_is_the_utility_named_before():
    article = extract(
        "Taps stay dry for a third week\n\n"
        "Highveld Bulk Water (HBW), which supplies the city, denied cutting supply to the "
        "township on Monday.\n\n"
        '"HBW has maintained full bulk supply throughout this period," the utility said in a '
        "statement."
    )
    assert quote_containing(article, "full bulk supply").speaker == "Highveld Bulk Water"


def test_a_court_report_names_judges_and_law_officers_by_their_posts():
    article = _article(
        "Advocate General Sindh Malik Tariq Hayat Khosa opposed the petitions. "
        "Justice Sadia Anwar and Justice Khawaja Imran Aslam heard the case.\n\n"
        "“Nobody in this courtroom is against roads,” Justice Aslam observed.\n\n"
        "Advocate General: I will have to seek instructions on that, my lord.\n\n"
        "Justice Anwar: Then please seek them.\n\n"
        "Mr Khosa maintained that the plan was “fully kept in view”.\n\n"
        "PTI MPA Mian Sohail Zafar, who represents a neighbouring constituency, contended "
        "that “the city is not a brochure”."
    )
    assert quote_containing(article, "against roads").speaker == "Khawaja Imran Aslam"
    assert quote_containing(article, "seek instructions").speaker == "Malik Tariq Hayat Khosa"
    assert quote_containing(article, "please seek").speaker == "Sadia Anwar"
    assert quote_containing(article, "fully kept").speaker == "Malik Tariq Hayat Khosa"
    assert quote_containing(article, "not a brochure").speaker == "Mian Sohail Zafar"


def test_a_post_introduced_before_who_or_with_is_the_role_later_on():
    article = _article(
        "Father Kendall Baptiste, a Roman Catholic priest who says a weekly Mass in the city, "
        "led the prayers. Marlene Ramdial-Phillips, a deputy chief immigration officer with "
        "the Immigration Division, stated that the division had been aware of the vigil.\n\n"
        "“We do not come here to make politics,” the priest told the crowd.\n\n"
        'The official said the division was "not in the business of chasing people out of '
        'church".'
    )
    assert quote_containing(article, "make politics").speaker == "Kendall Baptiste"
    assert quote_containing(article, "chasing people").speaker == "Marlene Ramdial-Phillips"


def test_a_shared_family_name_written_first_is_the_bearer_introduced_last():
    article = _article(
        "Lee Do-hyun, a spokesperson for the ministry, wrote in a text message that talks "
        "would resume. Lee Do-hyun said a meeting had been proposed.\n\n"
        "Lee Hye-jin, a professor of labor studies at Kyungnam University, said the standoff "
        "was a replay of 2022.\n\n"
        "“The structure has not changed at all,” Lee said."
    )
    assert quote_containing(article, "not changed").speaker == "Lee Hye-jin"


def test_the_holder_of_a_post_with_two_portfolio_words_is_a_person():
    article = _article(
        "The government has so far kept its distance. At a Cabinet meeting last week, "
        "Minister of Employment and Labor Song Mi-ran called the wage gap between prime "
        "contractors and their subcontractors “the most serious structural problem in our "
        "labor market,” but the minister said the dispute should be resolved by the "
        "parties.\n\n"
        "A spokesperson said “Minister Song is closely monitoring the situation.”"
    )
    song = entity(article, "Song Mi-ran")
    assert song.kind == PERSON
    assert quote_containing(article, "structural problem").speaker == "Song Mi-ran"


def test_a_quotation_open_at_its_paragraphs_end_takes_the_attribution_that_closes_it():
    article = _article(
        "Abdul Waheed, the union’s general secretary, said the authority’s teams had first "
        "arrived at night.\n\n"
        "“They came at 11pm with a notice and two bulldozers, as if we were terrorists. My "
        "father opened our shop in 1947.\n\n"
        "“If they want to bring the bulldozers, they will have to bring them over us,” Mr "
        "Rashid Khan said.\n\n"
        "Rashid Khan is the market's oldest trader."
    )
    assert quote_containing(article, "11pm").speaker == "Rashid Khan"


def test_he_after_a_subordinate_clause_is_the_main_clauses_subject():
    article = _article(
        "Mr Tariq Bhatti said the traders had been misled.\n\n"
        "When Mr Bhatti suggested that the traders had been “instigated” by opponents of the "
        "government, Mr Hassan Gilani rose to object. “My clients have sold cloth in this "
        "market since before Partition,” he told the bench."
    )
    assert quote_containing(article, "sold cloth").speaker == "Hassan Gilani"


def test_the_acronym_after_the_is_the_organisation_and_an_apposition_place_is_not_the_speaker():
    article = _article(
        "Leaders of the PTI held rallies on Tuesday.\n\n"
        "A cap-seller sat outside his shop. His grandson, a student at the University of the "
        'Punjab, added: "Nobody asked us before drawing a line through it on a map."\n\n'
        "“Lahore’s heritage is not the personal property of any party,” the PPP said in a "
        "statement."
    )
    assert quote_containing(article, "personal property").speaker == "PPP"
    assert quote_containing(article, "Nobody asked").speaker == "his grandson"


def test_the_name_of_a_group_or_a_titled_report_is_not_speech():
    article = _article(
        'The slogan spread through an online neighbourhood group called "Sauvons notre '
        'pont" in the days before the meeting, Mayor Jean Roy said.\n\n'
        "The ministry concluded the riverbank could not hold the cranes, according to a "
        "ministry report titled “Évaluation des options de maintien de la circulation,” "
        "published in May."
    )
    public = [q.text for q in article.quotations if q.confidence >= 0.5]
    assert not [t for t in public if "Sauvons" in t or "Évaluation" in t]


def test_a_description_inside_a_named_speakers_report_does_not_take_her_pronoun():
    article = _article(
        "Yelitza Salcedo lived across the landing from the family for nine years.\n\n"
        "On Friday, Ms. Salcedo said, her daughter asked whether the policeman had gone to "
        "heaven. ‘I told her yes,’ she said."
    )
    assert quote_containing(article, "told her yes").speaker == "Yelitza Salcedo"


def test_the_company_with_a_nationality_is_the_company_of_that_kind_named_last():
    article = _article(
        "Brunnhofer Maschinenbau AG filed for insolvency in Zurich. Brunnhofer employs 300 "
        "people.\n\n"
        "The most promising bidder, Kessling Umformtechnik GmbH of Stuttgart, withdrew last "
        "week. „We regret that no agreement was possible,“ the German company said."
    )
    assert quote_containing(article, "We regret").speaker == "Kessling Umformtechnik GmbH"


def test_the_authority_is_the_authority_named_last_not_an_earlier_energy_body():
    article = _article(
        "The strike followed a price review by the Energy and Petroleum Regulatory Authority "
        "(EPRA). Operators blamed EPRA for the rise.\n\n"
        "In a statement, the National Transport and Safety Authority (NTSA) said operators "
        'risked losing their licences. "A licence is a privilege and not a right," the '
        "authority said."
    )
    speaker = quote_containing(article, "privilege").speaker
    assert speaker == "National Transport and Safety Authority"


def test_a_two_word_colon_dateline_opening_the_story_is_not_a_transcript_line():
    article = _article(
        "Port Elmira: The Port Elmira Labour Court has ordered a shipping firm to pay "
        "$4 million in unpaid wages to 300 crew members, most of whom left months ago.\n\n"
        "“The ruling is overdue,” said Dana Whitlock, a union organiser."
    )
    assert [q.text for q in article.quotations] == ["The ruling is overdue,"]


def test_a_host_label_in_a_broadcast_exchange_is_the_host_the_text_names():
    article = _article(
        "Speaking on the morning show, Joseph Mensima denied the claim. "
        "The exchange with host Efua Larbi went as follows:\n\n"
        "Host: Some people say you sold the farm. Is that true?\n\n"
        "Joseph Mensima: That is a lie. Let them bring the documents.\n\n"
        "Host: So who sold it?\n\n"
        "Joseph Mensima: Ask those who call themselves elders."
    )
    questions = [q for q in article.quotations if q.text.endswith("?")]
    assert len(questions) == 2
    assert {q.speaker for q in questions} == {"Efua Larbi"}


def test_a_post_written_before_the_name_and_a_comma_is_that_persons_role():
    article = _article(
        "The Eastern Divisional Police Commander, ACP Daniel Owusu, confirmed the arrests. "
        "Officers were deployed overnight.\n\n"
        "The regional minister met chiefs later. The Eastern Regional Minister and chairman "
        "of the security council, Hon. Grace Tetteh, urged calm.\n\n"
        "“Nobody is above the law,” the minister said at a briefing.\n\n"
        "The governor arrived later. “We have 200 officers on the ground,” the commander said."
    )
    assert quote_containing(article, "above the law").speaker == "Grace Tetteh"
    assert quote_containing(article, "200 officers").speaker == "Daniel Owusu"


def test_the_more_recent_of_two_commanders_is_the_commander_who_speaks_next():
    article = _article(
        "The District Police Commander, Supt Kofi Boateng, confirmed two injuries.\n\n"
        "The council met on Monday. Farmers asked for help with the harvest.\n\n"
        "Later the chiefs received the Regional Police Commander, Mrs Abena Sarpong, at the "
        "palace. “Anyone found on the streets after 7pm will be arrested,” the commander said."
    )
    assert quote_containing(article, "after 7pm").speaker == "Abena Sarpong"


def test_the_professor_is_the_person_introduced_as_a_professor_of_a_subject():
    article = _article(
        "Kenji Hara, the company president, apologised on Wednesday.\n\n"
        "Emiko Tanabe, a professor of safety engineering at Tohoku University, said the case "
        "fit a familiar pattern. “The information exists. It simply does not travel "
        "upward,” said the professor."
    )
    assert quote_containing(article, "does not travel").speaker == "Emiko Tanabe"


def test_a_surname_label_in_an_exchange_is_the_bearer_it_was_introduced_with():
    article = _article(
        "Her son, Hiroshi Tanaka, 57, watched the news conference from home. “A bow does "
        "not bring my mother back,” he said. Hiroshi Tanaka has since started a petition.\n\n"
        "An exchange with Senior Managing Director Masato Tanaka went as follows:\n\n"
        "Reporter: When did management know the fuse was the cause?\n\n"
        "Tanaka: Our engineers had a hypothesis in 2023. It was not confirmed.\n\n"
        "Reporter: Is that rare?\n\n"
        "Tanaka: Looking at it now, our judgment was wrong."
    )
    assert quote_containing(article, "hypothesis").speaker == "Masato Tanaka"
    assert quote_containing(article, "judgment was wrong").speaker == "Masato Tanaka"


def test_according_to_cites_a_source_but_the_sentences_own_speaker_said_it():
    article = _article(
        "Fatima Rahmani, who represents 300 of the workers, said the ruling was fair.\n\n"
        "The company’s own lawyer had told the court that the firm was “insolvent but not "
        "dishonest and willing to pay what it can”, according to Rahmani."
    )
    quote = quote_containing(article, "insolvent but not")
    assert quote.speaker == "the company’s own lawyer"


def test_according_to_a_companys_statement_is_the_company():
    article = _article(
        "Norvik Appliances Ltd recalled 410,000 rice cookers on Wednesday.\n\n"
        "According to the company’s statement, the fuse “may not cut power reliably after "
        "long exposure to steam,” a flaw engineers found in 2023."
    )
    assert quote_containing(article, "cut power").speaker == "Norvik Appliances Ltd"


def test_describing_something_as_a_long_phrase_is_the_subjects_speech():
    article = _article(
        "Presiding Judge Hamad Al Suwaidi described the firm’s conduct as “a wilful "
        "abandonment of the very workers who built this company”, according to the statement."
    )
    quote = quote_containing(article, "wilful abandonment")
    assert quote.speaker == "Hamad Al Suwaidi"
    assert quote.confidence >= 0.5


def _public(article):
    return [q.text for q in article.quotations if q.confidence >= 0.5]


def test_titles_slogans_and_names_given_to_someone_are_not_speech():
    article = _article(
        "He said a committee would review the 2021 “Report on the Demarcation of Northern "
        "Farm Lands”, which no one has read.\n\n"
        "“The information exists,” said the professor, author of “Why Safe Products Fail.”\n\n"
        "The company’s slogan, “Building the Nation, Brick by Brick”, is still painted above "
        "the gate. The families now call Ortega ‘la doctora de los siete’, a nickname she "
        "says she does not deserve. Its jingle, “Gohan wa kazoku no chikara” (“Rice is the "
        "strength of the family”), ran for two decades."
    )
    assert _public(article) == ["The information exists,"]


def test_a_single_quoted_line_alone_among_double_quoted_speech_is_a_crosshead():
    article = _article(
        "“A bow does not bring my mother back,” Hiroshi Tanaka said. “I keep thinking "
        "about that.”\n\n"
        "‘Twenty-three fires is rare?’\n\n"
        "An exchange with director Masato Ueda went as follows:\n\n"
        "Reporter: Twenty-three fires is rare?\n\n"
        "Ueda: Looking at it now, our judgment was wrong."
    )
    crosshead = [q for q in article.quotations if q.text == "Twenty-three fires is rare?"]
    assert [q.confidence >= 0.5 for q in crosshead if q.speaker != "reporter"] == [False]


def test_japanese_given_names_in_ko_are_womens_and_in_hiko_mens():
    article = _article(
        "Yoshiko Hayashi, director of the agency's safety division, said the delay was "
        "regrettable. Akihiko Mori, a ministry spokesperson, said an order could follow.\n\n"
        "“We are examining whether the delay was deliberate,” Mori said.\n\n"
        "“Nobody should be cooking rice in one of these tonight,” she added."
    )
    assert quote_containing(article, "cooking rice").speaker == "Yoshiko Hayashi"


def test_nana_before_a_chiefs_name_does_not_make_him_a_woman():
    article = _article(
        "The chief, Nana Kofi Bonsu II, denied on Monday any sale of the land to the "
        "developers.\n\n"
        "“I have not signed any indenture with anybody,” he said."
    )
    assert quote_containing(article, "indenture").speaker == "Nana Kofi Bonsu II"


def test_a_speaker_described_by_a_relative_clause_is_the_description():
    article = _article(
        "The families do not agree on what justice means. There is a mother who told me "
        "last year, ‘I only want them to say my son’s name on television.’\n\n"
        "His sister, who answered the phone when we called back, was blunter: “He says "
        "that, and then he cries in the car.”"
    )
    assert quote_containing(article, "my son’s name").speaker == "a mother"
    assert quote_containing(article, "cries in the car").speaker == "his sister"


def test_a_statement_from_an_organisation_is_the_organisations():
    article = _article(
        "Seven people were arrested, according to police. A statement from the Ashanti "
        "Regional Police Command added: “The Command wishes to assure the public that the "
        "situation is under control.”"
    )
    quote = quote_containing(article, "under control")
    assert quote.speaker == "Ashanti Regional Police Command"


def test_as_she_puts_it_and_she_remembers_are_speech_cues():
    article = _article(
        "Carmen Ortega wants a trial at home, “so that they look at us in our own "
        "language”, as she puts it.\n\n"
        "Lucía Ramos met her in 2019. “I went with a photograph and nothing else,” she "
        "remembers."
    )
    assert quote_containing(article, "own language").speaker == "Carmen Ortega"
    assert quote_containing(article, "photograph").speaker == "Lucía Ramos"


def test_a_short_line_handing_over_to_the_quotation_names_its_speaker():
    article = _article(
        "Joaquín Urdaneta, a lawyer for five of the families, addressed the commission.\n\n"
        "He went on:\n\n"
        "“For eight years the families have filed complaints. Not one officer has been charged.\n\n"
        "“The State tells the world that its remedies work. Where is the file?”"
    )
    assert quote_containing(article, "For eight years").speaker == "Joaquín Urdaneta"
    assert quote_containing(article, "Where is the file").speaker == "Joaquín Urdaneta"


def test_a_name_inside_an_unnamed_speakers_relative_clause_does_not_name_him():
    article = _article(
        "Hours later the deputy minister, Gustavo Ledezma Ruiz, dismissed the hearing on "
        "state television.\n\n"
        "A former police agent who trained with Óscar Pérez, and who asked not to be named, spoke "
        "by phone from Madrid. «Óscar could be reckless,» he said."
    )
    assert quote_containing(article, "reckless").speaker == "a former police agent"


def test_an_exchange_in_capitals_with_accents_and_two_word_surnames():
    article = _article(
        "Commissioner Ana Berríos Cal questioned Marisela Pérez Quintero and her lawyer, "
        "Daniela Montilla Zerpa.\n\n"
        "BERRÍOS: Were the belongings of the victims ever returned?\n\n"
        "PÉREZ QUINTERO: Nothing. Not his telephone, not his watch, not his clothes.\n\n"
        "BERRÍOS: And the death certificates?\n\n"
        "MONTILLA: Commissioner, they were handed over weeks later."
    )
    assert quote_containing(article, "Not his telephone").speaker == "Marisela Pérez Quintero"
    assert quote_containing(article, "handed over").speaker == "Daniela Montilla Zerpa"


def test_an_embedded_post_under_its_authors_name_and_handle_is_the_authors_words():
    article = _article(
        "By Ana Ruiz\n\n"
        "Relatives told the commission that the seven had tried to surrender. The government "
        "sent no one to the hearing and answered from Caracas.\n\n"
        "The deputy minister, Gustavo Ledezma Ruiz, repeated the message on X:\n\n"
        "Gustavo Ledezma Ruiz ✔ @GLedezmaRuiz\n\n"
        "The terrorists of El Junquito attacked the court with grenades. No show in "
        "Washington is going to turn murderers into martyrs.\n\n"
        "The lawyers replied within the hour."
    )
    post = quote_containing(article, "turn murderers into martyrs")
    assert post.speaker == "Gustavo Ledezma Ruiz" and post.confidence >= 0.5
    assert len(article.quotations) == 1


def test_a_post_in_sentence_case_labels_turns_but_not_a_liveblog_headline():
    article = _article(
        "10:31 — Questioning of the contractor by the presiding judge:\n\n"
        "Presiding judge: The expert report says columns were cut. Who ordered that?\n\n"
        "Kemal Yılmaz: I did not order any column to be cut.\n\n"
        "9:47 PM\n\n"
        "Town mayor: sea water in the town plaza"
    )
    assert quote_containing(article, "Who ordered that").speaker == "presiding judge"
    assert not any("sea water" in q.text and q.confidence >= 0.5 for q in article.quotations)


def test_a_charge_by_its_legal_name_and_a_translated_banner_are_not_speech():
    article = _article(
        "All face charges of “causing death and injury by conscious negligence,” which carry "
        "long sentences. Families hold up a banner reading «Müteahhit değil, katil» — “Not a "
        "contractor, a murderer.”\n\n"
        "“I want the truth written in the verdict,” said Ayla Demir, whose daughter died."
    )
    assert [q.text for q in article.quotations if q.confidence >= 0.5] == [
        "I want the truth written in the verdict,"
    ]


def test_a_turkish_form_of_address_after_a_given_name_is_that_person():
    article = _article(
        "Clutching a photograph of her daughter, Ayla Demir stood outside the courthouse.\n\n"
        "“I don't want his apology,” the 52-year-old said.\n\n"
        "Her husband, Murat Demir, dug through the rubble for 71 hours. Lawyer Selin Kaya "
        "stood beside Ayla Hanım as the crowd thinned. Murat Bey said nothing.\n\n"
        "As the families began to leave, Ayla Hanım wrapped the photograph in a plastic bag.\n\n"
        "“I will come to every hearing,” she said."
    )
    ayla = entity(article, "Ayla Demir")
    assert "Ayla Hanım" in ayla.aliases
    assert "Murat Bey" in entity(article, "Murat Demir").aliases
    assert quote_containing(article, "apology").speaker == "Ayla Demir"
    assert quote_containing(article, "every hearing").speaker == "Ayla Demir"


def test_a_gerund_opening_a_live_update_does_not_start_a_name():
    article = _article(
        "10:31 — Questioning of Kemal Yılmaz by the presiding judge began after a recess."
    )
    assert not any(e.name.startswith("Questioning") for e in article.entities)


def test_an_unnamed_official_of_a_named_body_is_the_official_not_the_body():
    article = _article(
        "Semarang | ● | Wed, March 12, 2025 | ● | 05:42 pm\n\n"
        "A senior official in Central Java's Wanasari Regency told the court on Wednesday "
        "that the regent “knew every rupiah” of the kickbacks."
    )
    quote = quote_containing(article, "knew every rupiah")
    assert quote.speaker == "a senior official in Central Java's Wanasari Regency"
    assert "05:42" not in article.body


def test_straight_marks_inside_a_guillemet_quotation_are_inner_quotes():
    article = _article(
        'The group posted on Telegram: «Two years ago they called us "grant-eaters" and '
        '"agents" for posting these photos. Today the same photos are evidence.»'
    )
    quote = quote_containing(article, "Today the same photos")
    assert quote.text.startswith("Two years ago they called us")


def test_a_post_then_a_titled_name_with_a_party_after_the_verb_is_the_speaker():
    article = _article(
        "“This is the same film, and we all know how it ends,” said the committee chair, "
        "Federal Deputy Rosângela Ferreira (PSB-MG), as she opened the session."
    )
    assert quote_containing(article, "same film").speaker == "Rosângela Ferreira"


def test_the_man_said_after_an_unnamed_description_is_that_described_person():
    article = _article(
        "Mr. Villasmil shrugged at the criticism.\n\n"
        "A former police detective who now drives for a delivery app was more divided. “He "
        "was a good pilot and a bad strategist,” said the man, who asked not to be named."
    )
    assert quote_containing(article, "good pilot").speaker == "a former police detective"


def test_a_single_quoted_paragraph_of_several_sentences_is_speech_not_a_crosshead():
    article = _article(
        "“We lost everything,” said Nguyễn Thị Lan, a cook at the camp.\n\n"
        "‘My son Bin was six. He loved drawing excavators. I do not want money.’\n\n"
        "A faded banner at the gate still read «An toàn là trên hết» – “Safety comes first”."
    )
    public = [q.text for q in article.quotations if q.confidence >= 0.5]
    assert any(t.startswith("My son Bin was six") for t in public)
    assert not any("Safety comes first" in t or "An toàn" in t for t in public)
