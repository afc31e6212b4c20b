"""Quotations and their speakers, on our own sentences: one attribution pattern each."""

from __future__ import annotations

import pytest

from generator.ingest import gazetteer
from generator.ingest.entities import find_entities
from generator.ingest.quotes import find_quotes
from generator.ingest.tokens import analyse


def quotes(*paragraphs: str) -> list[tuple[str, str]]:
    pars = [analyse(i, p) for i, p in enumerate(paragraphs)]
    gaz = gazetteer.load()
    return [(q.speaker, q.text) for q in find_quotes(pars, find_entities(pars, gaz, []), gaz)]


def speakers(*paragraphs: str) -> dict[str, str]:
    """Each quotation's text -> its speaker."""
    return {text: speaker for speaker, text in quotes(*paragraphs)}


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # after the quotation: name + verb, verb + name, a title chain, an organisation
        (['"We will not retreat," Prime Minister Ravi Menon said.'], [("Ravi Menon", "We will not retreat")]),
        (['"The door is open," said Foreign Minister Ana Duarte.'], [("Ana Duarte", "The door is open")]),
        (['"Talks are over," the Kremlin said on Friday.'], [("Kremlin", "Talks are over")]),
        # before it: a colon, a partial quotation in the sentence, a participle after a comma
        (["Energy Minister Lars Holm said: \u201cThe turbine is ready.\u201d"], [("Lars Holm", "The turbine is ready.")]),
        (
            ["Deputy Minister Omar Saleh said on Monday that Cairo \"must respond\" to the raids."],
            [("Omar Saleh", "must respond")],
        ),
        (
            ["Finance Minister Eva Lind rejected the plan, saying it would \"ruin the budget.\""],
            [("Eva Lind", "ruin the budget.")],
        ),
        # the speaker in apposition; a relative clause between subject and verb
        (
            ["His spokesman, Jonas Berg, wrote that he \"remains in charge.\""],
            [("Jonas Berg", "remains in charge.")],
        ),
        (
            ["The Union of Journalists, which organised the strike, called it \"a last resort.\""],
            [("Union of Journalists", "a last resort.")],
        ),
    ],
)
def test_the_sentence_names_the_speaker(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes(*paragraphs) == expected


def test_pronouns_follow_the_last_named_subject() -> None:
    got = quotes(
        "Trade Secretary Mia Lowe was blunter.",
        '"Nothing has changed," she told reporters. "We are ready," she added.',
        "The Kremlin disagreed. It said the claims were \"absurd.\"",
    )
    assert got == [
        ("Mia Lowe", "Nothing has changed"),
        ("Mia Lowe", "We are ready"),
        ("Kremlin", "absurd."),
    ]


def test_it_means_the_body_that_spoke_even_after_an_opening_phrase_without_a_comma() -> None:
    got = quotes(
        "The Northern Front said on Monday that it had taken the port. By the evening the Coast Guard said "
        'it had sunk two of the group\'s boats. "Both vessels were destroyed," it said in a statement.'
    )
    assert got == [("Coast Guard", "Both vessels were destroyed")]


def test_a_quotation_that_stands_alone_continues_the_previous_speaker() -> None:
    got = quotes('"We are ready," Interior Minister Karim Nader told parliament. "We do not want war."')
    assert got == [("Karim Nader", "We are ready"), ("Karim Nader", "We do not want war.")]


def test_a_quotation_running_on_into_the_next_paragraph_keeps_its_speaker() -> None:
    got = quotes(
        'Asked about the pipeline, adviser Tom Reed argued the opposite. \u201cIt is not flowing, so it is no lever.',
        '\u201cIt is a lever for us,\u201d he said.',
    )
    assert got == [("Tom Reed", "It is not flowing, so it is no lever."), ("Tom Reed", "It is a lever for us")]


def test_the_statement_said_goes_to_whoever_issued_the_statement() -> None:
    got = quotes(
        "According to a Polish Foreign Ministry statement, the envoys met twice.",
        'The statement said the envoys stressed "the need for restraint."',
    )
    assert got == [("Polish Foreign Ministry", "the need for restraint.")]


def test_a_coordinated_verb_takes_the_subject_of_the_sentence() -> None:
    got = quotes("Norway joined the appeal and warned Moscow of \"grave consequences.\"")
    assert got == [("Norway", "grave consequences.")]


def test_the_clause_after_but_still_belongs_to_the_earlier_speaker() -> None:
    got = quotes(
        'Canada denied it, with Foreign Minister Mel Joly saying Ottawa "seeks no conflict," '
        'but it must answer "hostile acts" at sea.'
    )
    assert got == [("Mel Joly", "seeks no conflict"), ("Mel Joly", "hostile acts")]


def test_a_quotation_with_no_clear_speaker_has_an_empty_speaker() -> None:
    got = quotes('Thousands marched in the capital, chanting "No to war" until dusk.')
    assert got == [("", "No to war")]


def test_a_possessive_opening_is_not_a_speaker() -> None:
    got = quotes("Lawyer Nika Rahimi died in May.", 'Her death sparked protests under the slogan "Bread, Work, Dignity".')
    assert got == [("", "Bread, Work, Dignity")]


def test_a_lower_case_title_after_the_quotation_opens_the_speaker() -> None:
    got = quotes('"We call for calm," spokesman Matt Fuller told reporters.')
    assert got == [("Matt Fuller", "We call for calm")]


def test_a_middle_name_used_alone_and_a_sentence_ending_in_a_capital_letter() -> None:
    got = quotes(
        'President Luiz Inacio Lula da Silva spoke. "Peace first," Lula wrote on X. '
        'Foreign Minister Ana Duarte said it was "a start."'
    )
    assert got == [("Luiz Inacio Lula da Silva", "Peace first"), ("Ana Duarte", "a start.")]


def test_a_partial_quotation_goes_to_a_subject_only_when_an_actor_opens_the_sentence() -> None:
    got = quotes(
        'Thousands gathered in central Tbilisi against a "foreign agents" bill.',
        'Its founder, the billionaire Bidzina Ivanishvili, told a rally that critics were a "war party".',
    )
    assert got == [("", "foreign agents"), ("Bidzina Ivanishvili", "war party")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the speaker in a "who said" clause after the name
        (
            ["The plan was unveiled in Lagos by Governor Ada Okoro, who said it would \"end the floods for good.\""],
            [("Ada Okoro", "end the floods for good.")],
        ),
        # after the quotation: the name, a description in commas, then the verb
        (
            ["\u201cWe are proud to join,\u201d Mira Lahti, the chief executive of Nordvik Bank, posted on Tuesday."],
            [("Mira Lahti", "We are proud to join")],
        ),
        (
            ['"It is a sad day," Tom Reyes, a union spokesman, tweeted.'],
            [("Tom Reyes", "It is a sad day")],
        ),
        # the same with "insisted" and "added"
        (
            ['"Nothing has changed," Ana Duarte, the foreign minister, insisted.'],
            [("Ana Duarte", "Nothing has changed")],
        ),
    ],
)
def test_speakers_in_relative_clauses_and_behind_a_description(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes(*paragraphs) == expected



def test_a_speaker_whose_name_opens_with_a_lower_case_particle() -> None:
    got = quotes(
        "Dutch minister Pieter van den Broek toured the port.",
        '"We will not wait for Brussels," van den Broek said on Monday.',
    )
    assert got == [("Pieter van den Broek", "We will not wait for Brussels")]


def test_a_partial_quotation_after_according_to_goes_to_the_source() -> None:
    got = quotes(
        "Health minister Amina Diallo visited the clinic.",
        'According to Diallo, the number of new cases is "deeply alarming".',
    )
    assert got == [("Amina Diallo", "deeply alarming")]


def test_a_partial_quotation_whose_speaker_closes_the_sentence() -> None:
    got = quotes(
        "Prime Minister Lars Holmgren spoke in Oslo.",
        'Letting the fund "bleed out slowly" was not an option anyone would accept, Holmgren told reporters.',
    )
    assert got == [("Lars Holmgren", "bleed out slowly")]


def test_a_pronoun_means_the_person_the_paragraph_named_before_the_quotation() -> None:
    got = quotes(
        '"The harbour stays shut," Mayor Tom Hale said.',
        "Two days later the coast guard commander, Captain Rosa Ibarra, announced on radio that the search was over. "
        '"We found no survivors," she said.',
    )
    assert got == [("Tom Hale", "The harbour stays shut"), ("Rosa Ibarra", "We found no survivors")]


def test_a_pronoun_with_no_person_before_it_in_the_paragraph_keeps_the_previous_speaker() -> None:
    got = quotes(
        '"It was a fair result," coach Mark Evans said.',
        "Leo Brandt declined to comment on the row. "
        '"It is their decision," he told reporters. "I focus on my team."',
        '"We move on," he added.',
    )
    assert got == [
        ("Mark Evans", "It was a fair result"),
        ("Leo Brandt", "It is their decision"),
        ("Leo Brandt", "I focus on my team."),
        ("Leo Brandt", "We move on"),
    ]


def test_a_lower_case_role_and_initials_before_the_name_after_the_quotation() -> None:
    got = quotes('"The deal is done," club president J.R. Martin told them on Sunday.')
    assert got == [("J.R. Martin", "The deal is done")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ["The Ministry of Foreign Affairs summoned the ambassador.", '"This is unacceptable," the ministry said.'],
            [("Ministry of Foreign Affairs", "This is unacceptable")],
        ),
        (
            ["The Meridian Savings Bank raised its rates.", 'Inflation is "too high for too long," the bank said in its statement.'],
            [("Meridian Savings Bank", "too high for too long")],
        ),
        (
            ["The Meridian Savings Bank raised its rates.", 'According to the bank, inflation is "stubborn."'],
            [("Meridian Savings Bank", "stubborn.")],
        ),
        (
            ["Acme Mining Company cut jobs.", "Spain protested.", '"We regret the decision," the company said.'],
            [("Acme Mining Company", "We regret the decision")],
        ),
        (
            ["The Supreme Court heard the appeal.", 'The court ruled that the decree was "void from the start."'],
            [("Supreme Court", "void from the start.")],
        ),
        (
            ["The Ministry of Defence confirmed the strike.", '"The target was military," said the ministry.'],
            [("Ministry of Defence", "The target was military")],
        ),
        # someone of the body speaks, not the body; no body of that kind was named: no speaker
        (
            ["The Ministry of Defence confirmed the strike.", '"The target was military," said the ministry\'s spokesman.'],
            [("", "The target was military")],
        ),
        # no body of that kind was named: no speaker
        (["Spain protested.", '"We regret the decision," the company said.'], [("", "We regret the decision")]),
    ],
)
def test_a_definite_description_means_the_body_named_last_with_that_noun(
    paragraphs: list[str], expected: list[tuple[str, str]]
) -> None:
    assert quotes(*paragraphs) == expected


def test_a_quotation_after_which_added_belongs_to_the_source_of_according_to() -> None:
    got = quotes(
        "The Ministry of Health opened an inquiry.",
        'Two clinics closed, according to the ministry, which added: "More closures may follow."',
    )
    assert got == [("Ministry of Health", "More closures may follow.")]


def test_a_quotation_introduced_at_the_end_of_the_previous_paragraph() -> None:
    got = quotes(
        "Interior Minister Karim Nader was defiant when he told parliament:",
        '"We will not bow to pressure."',
    )
    assert got == [("Karim Nader", "We will not bow to pressure.")]


def test_a_paragraph_of_quotation_only_continues_the_previous_speaker() -> None:
    got = quotes(
        '"The border stays open," Foreign Minister Ana Duarte said.',
        '"Anything else would punish the families on both sides."',
    )
    assert got == [
        ("Ana Duarte", "The border stays open"),
        ("Ana Duarte", "Anything else would punish the families on both sides."),
    ]


def test_a_participle_after_the_quotation_keeps_the_sentence_subject() -> None:
    got = quotes(
        'Minister Ola Berg said the port had been "fully reopened to Danish ships", saying Norway had agreed.'
    )
    assert got == [("Ola Berg", "fully reopened to Danish ships")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the body or place named inside a description is not the speaker; the name the description follows is
        (
            ['Ana Ruiz, a senior economist at Nordbank, the largest lender in Oslo, said growth was "too slow."'],
            [("Ana Ruiz", "too slow.")],
        ),
        # a description that opens the clause means the person the text gives that role
        (
            [
                "Chile's ambassador to Peru rejected the claims and warned that Santiago \"will not stand by.\"",
                "Chile's ambassador to Peru Carlos Mendez spoke on Monday.",
            ],
            [("Carlos Mendez", "will not stand by.")],
        ),
    ],
)
def test_a_country_inside_a_description_is_not_the_speaker(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes(*paragraphs) == expected


def test_a_description_resolves_to_the_person_introduced_with_that_role() -> None:
    got = quotes(
        "Judge Maria Lenz opened the hearing in Vienna, and Mayor Karl Ebner attended.",
        '"The court will not be rushed," the judge said.',
    )
    assert got == [("Maria Lenz", "The court will not be rushed")]


def test_a_partial_quotation_in_a_later_clause_belongs_to_that_clause() -> None:
    got = quotes(
        'Portugal criticised the ruling on Monday, while the country\'s premier welcomed the "brave" verdict.',
        "Prime Minister Rui Costa spoke later in Lisbon.",
    )
    assert got == [("Rui Costa", "brave")]


def test_he_in_a_new_paragraph_means_the_person_the_previous_paragraph_named() -> None:
    got = quotes(
        '"We stay," spokeswoman Lena Frei said.',
        "When President Otto Brandt opened the summit, he said the talks would go on.",
        'He also said he hoped the deal would "end the dispute" soon.',
    )
    assert got == [("Lena Frei", "We stay"), ("Otto Brandt", "end the dispute")]


def test_it_means_the_body_that_opens_the_sentence() -> None:
    got = quotes(
        "Norway protested on Monday.",
        'The Swedish Defence Ministry had launched what it called "limited exercises" near the border.',
    )
    assert got == [("Swedish Defence Ministry", "limited exercises")]


def test_a_surname_the_entity_pass_missed_still_names_its_speaker() -> None:
    got = quotes(
        "Veteran analyst Anna Bishop has followed the market for years.",
        '"Prices will fall," says Bishop. "Nobody doubts it."',
        '"After the winter," Bishop asks, "who will still buy?"',
    )
    assert got == [
        ("Anna Bishop", "Prices will fall"),
        ("Anna Bishop", "Nobody doubts it."),
        ("Anna Bishop", "After the winter"),
        ("Anna Bishop", "who will still buy?"),
    ]


def test_a_quotation_opening_a_sentence_continues_the_paragraph_speaker() -> None:
    got = quotes(
        '"We are glad," investor Ruth Hale told Smith. "They paid too much." (Hale owns a large stake.)',
    )
    assert got == [("Ruth Hale", "We are glad"), ("Ruth Hale", "They paid too much.")]


def test_a_verb_of_condemning_attributes_the_quotation() -> None:
    got = quotes('The fee, which investor Ruth Hale blasted on a call as "plain greed," stays.')
    assert got == [("Ruth Hale", "plain greed")]


def test_a_quotation_in_someones_announcement_is_theirs() -> None:
    got = quotes('Despite Governor Ada Okoro\'s announcement that a "final" deal was near, talks stalled.')
    assert got == [("Ada Okoro", "final")]


def test_the_person_a_verb_follows_is_who_he_means() -> None:
    got = quotes(
        "In a clip posted online by his son, Piet, from the cell where he spent the night, Daniel Novak denied the charges. "
        '"What have I done?" he asked.'
    )
    assert got == [("Daniel Novak", "What have I done?")]


def test_according_to_a_statement_goes_to_the_subject_that_issued_it() -> None:
    got = quotes(
        'If its terms are not accepted by Friday, the Nordic Council will "suspend all talks," according to a '
        'statement issued after the meeting. "No exception will be made," the statement said.'
    )
    assert got == [("Nordic Council", "suspend all talks"), ("Nordic Council", "No exception will be made")]


def test_commas_inside_a_relative_clause_do_not_hide_the_speaker() -> None:
    got = quotes(
        'The Canadian logging firm Norwood, which runs mills at Kitimat, in the north-west, said it had paused '
        'work "to protect the crews".'
    )
    assert got == [("Norwood", "to protect the crews")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an initial's full stop splits no sentence: the name after it still closes the quotation
        (
            ['Crowds cheered at the port. "The ship is home," port authority chairman K. Ostrander told them.'],
            [("K. Ostrander", "The ship is home")],
        ),
        # the full stop of "Jr." stands between the name and its verb
        (
            ['"We owe them nothing," Governor Paul Whitcombe Jr. said at the depot.'],
            [("Paul Whitcombe Jr.", "We owe them nothing")],
        ),
        # a description first, then the name set off by commas
        (
            ['"The vote stands," the chairman, Anselm Okafor, told reporters in the hall.'],
            [("Anselm Okafor", "The vote stands")],
        ),
        # "as X dubbed it" after the quotation
        (
            ['Analysts doubt that the "new railway," as Hilde Sandvik dubbed the merged firm, will survive.'],
            [("Hilde Sandvik", "new railway")],
        ),
        # a question mark ends the sentence before the attribution that follows it
        (
            ['"Who will pay for the bridge?" Ana Ruiz, the mayor of the town, asked at a meeting in May.'],
            [("Ana Ruiz", "Who will pay for the bridge?")],
        ),
        # a partial quotation whose speaker closes the sentence, before a later description of someone else
        (
            [
                'Building a "wall of silence" was no answer, Nora Vestby told a rally with Senator Carl Dahl,'
                " who had flown in from Oslo."
            ],
            [("Nora Vestby", "wall of silence")],
        ),
    ],
)
def test_names_that_punctuation_or_word_order_hid(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes(*paragraphs) == expected


def test_a_heading_that_quotes_words_is_no_quotation() -> None:
    got = quotes('## "A day of shame"', '"It was a day of shame," Interior Minister Olga Brandt said.')
    assert got == [("Olga Brandt", "It was a day of shame")]


def test_the_bank_is_the_bank_the_text_is_about_not_an_employer() -> None:
    got = quotes(
        "The Nordic Investment Bank raised its lending rate on Tuesday.",
        "Lars Eng, governor of the Baltic Savings Bank, voted against the move.",
        '"Rates will stay high," the bank said in a statement.',
    )
    assert got == [("Nordic Investment Bank", "Rates will stay high")]


def test_an_acronym_in_a_description_is_a_name_not_a_pronoun() -> None:
    # "US" is no stop word "us": the description "the US military" names the United States
    got = quotes(
        "Two soldiers died, the US military said in a statement.",
        '"An inquiry is under way," the statement said.',
    )
    assert got == [("United States", "An inquiry is under way")]


def test_the_sentence_after_a_quotation_goes_on_quoting_its_speaker() -> None:
    got = quotes(
        '"Prices have doubled since May," says grain trader Ines Varga. That has meant "a very hard winter '
        'for bakers." Bakers in the capital, she added, had "few options left."'
    )
    assert got == [
        ("Ines Varga", "Prices have doubled since May"),
        ("Ines Varga", "a very hard winter for bakers."),
        ("Ines Varga", "few options left."),
    ]


def test_a_sentence_naming_someone_else_does_not_go_on_quoting() -> None:
    got = quotes(
        '"Prices have doubled," says grain trader Ines Varga. The mill owner Paul Kress called it "a scandal."'
    )
    assert got == [("Ines Varga", "Prices have doubled"), ("Paul Kress", "a scandal.")]


def test_unnamed_speakers_voice_the_body_they_speak_for() -> None:
    got = quotes(
        "Speaking on behalf of the Council for National Renewal, the colonels said they had \"taken charge\" of the state."
    )
    assert got == [("Council for National Renewal", "taken charge")]


def test_a_sentence_calling_the_quotation_someones_view_names_its_speaker() -> None:
    got = quotes(
        'The new line will be "faster" and "far cheaper to run."',
        "That's the view voiced by rail chief Ola Brekke at the opening.",
        'It was "a good day," the crowd agreed. That was the mood of the evening.',
    )
    assert got == [("Ola Brekke", "faster"), ("Ola Brekke", "far cheaper to run."), ("", "a good day")]


def test_a_month_closing_a_name_is_no_date() -> None:
    got = quotes(
        "The treaty was signed in Britain in 1990.",
        'In London, British Home Secretary Anna May said on Monday that the plan "keeps every promise".',
    )
    assert got == [("Anna May", "keeps every promise")]


def test_an_acronym_in_brackets_belongs_to_the_description() -> None:
    got = quotes(
        '"Nobody listened to the warnings," Karl Voss, head of the Northern Flood Board (NFB), told reporters.'
    )
    assert got == [("Karl Voss", "Nobody listened to the warnings")]


def test_the_writer_of_a_letter_read_by_someone_else_speaks() -> None:
    got = quotes(
        "Governor Ruth Amani stepped down on Friday in a letter that an aide read to the council.",
        "Council chairman Peter Okello said he had received the letter. In it the veteran governor wrote "
        'that she "will not seek any office again".',
        '"I leave with a clear conscience," the letter said.',
    )
    assert got == [
        ("Ruth Amani", "will not seek any office again"),
        ("Ruth Amani", "I leave with a clear conscience"),
    ]


def test_a_statement_in_someones_name_is_theirs() -> None:
    got = quotes(
        "Ana Ruiz was detained at dawn.",
        "Hours later her aides published a statement on Telegram in Ana Ruiz's name, written before the raid, "
        'that asked supporters to "stay calm" and to "keep the streets peaceful".',
    )
    assert got == [("Ana Ruiz", "stay calm"), ("Ana Ruiz", "keep the streets peaceful")]


def test_a_description_before_the_name_keeps_it_the_subject() -> None:
    got = quotes(
        "The Ministry of Energy announced new cuts.",
        'Public broadcaster NRK stopped its programmes. "We cannot broadcast tonight," it said.',
    )
    assert got == [("NRK", "We cannot broadcast tonight")]


def test_the_company_is_the_body_the_text_was_about() -> None:
    got = quotes(
        "Norvik Holdings said it would appeal.",
        '"The fine ignores how the market works," the Bergen, Norway-based company said in a statement.',
    )
    assert got == [("Norvik Holdings", "The fine ignores how the market works")]
    # the body named last, though a country in the quotation came after it
    assert quotes("Shares in the drugmaker Nordvik Pharma fell 20% on Tuesday.",
                  '"For its drug in the US, the outlook reflects cheaper copies," the company said in a statement.') == [
        ("Nordvik Pharma", "For its drug in the US, the outlook reflects cheaper copies")]


def test_a_remark_pointed_out_before_a_quotation_is_its_speaker() -> None:
    got = quotes(
        "Coach Mateo Brandt dismissed the criticism. Other teams lost too, he pointed out. "
        '"I think we will be fine."'
    )
    assert got == [("Mateo Brandt", "I think we will be fine.")]


def test_a_name_inside_an_opening_phrase_is_not_the_subject_a_pronoun_means() -> None:
    text = (
        "Asked about Marta Colin's bid for the seat, Ivo Brandt, the panel's chair, told reporters that it "
        'weighed only the record. "We read every file twice and we vote in private," he said.'
    )
    assert quotes(text) == [("Ivo Brandt", "We read every file twice and we vote in private")]


def test_a_relative_clause_after_a_description_still_leads_to_the_speaker() -> None:
    got = quotes(
        "\"The work is done,\" Ivo Brandt, Norway's envoy for fisheries and ocean issues, who chaired the talks, "
        "told delegates to loud applause.",
        '"We start again in May," Ivo Brandt, who kept the minutes, said.',
    )
    assert got == [("Ivo Brandt", "The work is done"), ("Ivo Brandt", "We start again in May")]


def test_a_clause_after_comma_and_with_its_own_subject_quotes_that_subject() -> None:
    got = quotes(
        'Finance Minister Ana Duarte and central bank governor Tomas Berg welcomed the deal in a joint statement, '
        'and IMF chief Rosa Lind praised the "swift action" of the authorities.'
    )
    assert got == [("Rosa Lind", "swift action")]


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # an age for a description: the person the text gave it, or the one the paragraph is telling of
        (['Party leader Pavel Novak walked to the rostrum uninvited. "You are a foreign agent," the 74-year-old told the chamber.'],
         "Pavel Novak"),
        (["Jan Novak, 74, and Eva Berg, 51, led the walkout.", 'Later he returned. "We are not done," the 51-year-old said.'],
         "Eva Berg"),
        # a description in other words than the stated role: "the news chief" is the head of news
        (["Rosa Lind, the head of news at the channel, was in the control room.",
          'Tomas Berg, a reporter, said the gunmen fled. "I am still in shock," the news chief told reporters.'], "Rosa Lind"),
        (["Mika Sato, the deputy head of mission in Canberra, said the scenes were alarming.",
          'Rescuers found two bodies. "People panic," the diplomat told the radio.'], "Mika Sato"),
    ],
)
def test_descriptions_by_age_and_by_other_words_for_the_role(paragraphs: list[str], speaker: str) -> None:
    [(who, _)] = quotes(*paragraphs)
    assert who == speaker


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # a relative clause between the description and the verb
        (['"It is very shocking," a 30-year-old woman who gave her name only as Mimi told reporters.'], "Mimi"),
        # the letter the paragraph opened with, written by the subject after it
        (['In a farewell letter to readers, Lena Marsh wrote that the paper was finished. "The paper is dead," the letter said.'],
         "Lena Marsh"),
        # ", known as X," names what a relative clause spoke of; the speaker is the name the sentence opened with
        (['Rosa Lind, who heads the UN mission in the country, known as UNMIX, told the meeting it had caused "mass panic".'],
         "Rosa Lind"),
        # "the government": of the country the article is about
        (["Norway mourned its king.", "The Royal Court announced the death on Saturday.",
          '"The crown prince was sworn in as king," the government said.'], "Norway"),
    ],
)
def test_speakers_past_relative_clauses_letters_and_governments(paragraphs: list[str], speaker: str) -> None:
    assert quotes(*paragraphs)[-1][0] == speaker


def test_a_description_means_someone_the_text_has_introduced_not_one_it_names_later() -> None:
    got = quotes(
        "The triumph belonged to Emerse Kone, 40, an assistant who was put in charge in January.",
        '"We asked the players to keep fighting," the interim coach told reporters.',
        'Jose Pereira, their Portuguese coach, was sad. "We did not show our level," he said.',
    )
    assert got[0][0] != "Jose Pereira"
    assert got[1] == ("Jose Pereira", "We did not show our level")


def test_the_attribution_next_to_the_quote_outranks_a_speech_verb_in_a_clause_of_condition() -> None:
    got = quotes("President Ana Rusu said criminal groups had tried to buy votes.",
                 "The Kremlin's spokesman, Oleg Marin, rejected that. If the president was accusing groups of "
                 "stealing the vote, Marin said, \u201csome evidence must be presented.\u201d")
    assert ("Oleg Marin", "some evidence must be presented.") in got


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a speech verb inside a relative clause set off by commas is someone else's
        (["Opposition leader Mara Lind won the vote on Saturday.",
          "Lind, whom the opposition has repeatedly branded a radical, said she was \"determined to keep the peace\"."],
         [("Mara Lind", "determined to keep the peace")]),
        # a statement issued by a body described in apposition speaks for it
        (["A statement issued by Vote4Yes, the main Yes campaign, on behalf of the leaders who had backed it, "
          "called for a week of silence to \u201cgrieve the outcome\u201d and asked for flags at half-mast."],
         [("Vote4Yes", "grieve the outcome")]),
        # "said" a description, then the name in apposition; a verb of translated copy
        (['The vote "will be put back for technical reasons", declared the Minister of State, spokesman of '
          'the Government, Colonel Ana Ruiz, in a statement read in Bamako.',
          'On the set of a news channel on Tuesday, former justice minister Jean Kone estimated that '
          '"no regime can last without limit".'],
         [("Ana Ruiz", "will be put back for technical reasons"), ("Jean Kone", "no regime can last without limit")]),
        # an opening time phrase is no subject; a list's last name before "and demanded" is no speaker
        (["Hours later, Foreign Minister Ana Gil ordered diplomats home from Chile, Peru, the Dominican Republic "
          "and Uruguay and demanded that they leave, accusing them of \u201cinterventionist actions\u201d."],
         [("Ana Gil", "interventionist actions")]),
        # a body named with its noun before "of the former prime minister X"; a bracketed short name
        (['The Yelema party of the former Prime Minister Omar Sidibe denounced "the incompetence" of the '
          'authorities, while the Coalition for the Republic (CFR) deplored a decision "which extends the transition".'],
         [("Yelema", "the incompetence"), ("Coalition for the Republic", "which extends the transition")]),
        # a surname after a generation's mark, with two people of one family
        (["President Ramon Castel Jr. said he had played no part. The complaint was signed first by "
          "Representative Lito Castel, the president's eldest son.", '"I told him the process has begun," Castel said.'],
         [("Ramon Castel Jr.", "I told him the process has begun")]),
        # a speaker named with where they are from
        (['Her elder brother, Representative Tomas Reyes of Cebu City, said the complaint was "a clear act of '
          'persecution."'], [("Tomas Reyes", "a clear act of persecution.")]),
        # a coalition named by a country in capitals speaks through its leaders
        (['After a meeting on Wednesday, leaders of the INDIA bloc said they would take "appropriate steps".',
          "India voted in seven phases."], [("INDIA bloc", "appropriate steps")]),
        # an aged description past its relative clause
        (["President Amos Kato said on Wednesday that the country would grow with or without loans.",
          "\u201cThey really underestimate all Africans,\u201d the 78-year-old leader, who has ruled since 1986, added."],
         [("Amos Kato", "They really underestimate all Africans")]),
        # "the lender" is the business told of; a bank before a title is not the speaker
        (["The Harbour Bank said on Tuesday it would halt new lending to the port.",
          "\u201cThe law contradicts our values,\u201d the lender said in its statement.",
          "The central bank governor, Ana Ruiz, said the bank had \u201ca robust structure\u201d in place."],
         [("Harbour Bank", "The law contradicts our values"), ("Ana Ruiz", "a robust structure")]),
        # "it" after "The court" opening the sentence is that court
        (["Israel's Supreme Court will hear the petitions in September.",
          'The court used the standard in January, when it ruled that the appointment was "unreasonable in the extreme".'],
         [("Supreme Court", "unreasonable in the extreme")]),
        # "he" after a spokesman named in apposition who said someone else had acted
        (["Togo's government spokesman, Kofi Amega, said Ruiz had been received for the sake of peace. "
          '"Togo welcomes the fact that peace has prevailed," he told AFP.'],
         [("Kofi Amega", "Togo welcomes the fact that peace has prevailed")]),
        # a speaker described, then a relative clause about the body
        (['"We refloated the ship on Monday," Pieter Bos, chief executive of the dredging group Ardent, '
          'whose subsidiary led the operation, said in a statement.'], [("Pieter Bos", "We refloated the ship on Monday")]),
        # a country owning a title at the sentence's head yields the person named
        (["Malawi's president, Amos Banda, who chairs the regional bloc, congratulated the winner on a "
          '"resounding victory" while votes were still being counted.'], [("Amos Banda", "resounding victory")]),
        # a long opening phrase that names no one, then the subject, a second verb and a partial quote
        (["President Amos Kato has won a third term.",
          'In a televised speech after the results were announced, Kato thanked voters and said that "choosing me '
          'is a responsibility".'], [("Amos Kato", "choosing me is a responsibility")]),
        # someone unnamed speaking for a body the sentence names; a named speaker keeps the words
        (['"We have ended the regime," one of the officers said, speaking on behalf of what they called the '
          'Council for National Renewal (CNR).', '"We will win," Ana Ruiz said on behalf of the Harbour Party.'],
         [("Council for National Renewal", "We have ended the regime"), ("Ana Ruiz", "We will win")]),
        # "the party" after a body whose name is a party's though it has no "Party" in it
        (["The Harbour Party won the vote, ahead of the National Congress (NC).", "The NC had condemned the count on "
          'Monday. The party said it "will not accept these results."'], [("National Congress", "will not accept these results.")]),
        # a country's delegation speaks for the country, in a later clause too
        (["Ghana backed the plan.", "Malawi backed her, and Ghana's delegation described the package as "
          '"an insult".'], [("Ghana", "an insult")]),
        # "the King said": a capitalised title names the person the text gave it
        (["King Harald Moen signed the decree on Monday.",
          '"The decree takes effect today," the King said in the decree.'], [("Harald Moen", "The decree takes effect today")]),
        # a post, then its holder in apposition, opening the sentence that holds a partial quotation
        (['The governor of the Central Bank of Valdoria, Ana Ruiz, has left the country to "protect our lives" from '
          'armed groups, she told a newspaper.'], [("Ana Ruiz", "protect our lives")]),
        # a role opening the clause after an opening participle, before a colon
        (["Chancellor Karl Obermann conceded defeat on Sunday.",
          'Asked whether he would govern with the far right, the chancellor was blunt: "What I said before the '
          'election, I say after it."'], [("Karl Obermann", "What I said before the election, I say after it.")]),
    ],
)
def test_speakers_behind_descriptions_clauses_and_titles(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes(*paragraphs) == expected


def test_a_speaker_after_a_later_clause_is_that_clauses_not_the_quotations() -> None:
    # ", charges he denies" belongs to the clause ", and in June ..." opens, not to the quoted words before it
    found = quotes(
        '"I thank Luis Rojas for this victory," Peña said.',
        "Rojas, a cattle rancher who served as governor from 2009 to 2015, stayed out of the race. The U.S. Justice "
        'Department designated him as "a risk to the rule of law" in May 2021, and in June the Finance Ministry froze '
        "his accounts, accusing him of fraud, charges he denies.",
    )
    assert ("U.S. Justice Department", "a risk to the rule of law") in found


def test_a_post_no_one_was_given_doing_something_is_the_story_s_central_person_not_the_one_it_names_after() -> None:
    found = quotes(
        "ACCRA - Kofi Mensah will return to the presidency after the commission declared him the winner of Saturday's election.",
        "Mensah won 56 percent. Vice President Ama Boateng took 41 percent.",
        "Boateng conceded on Sunday. Mensah thanked voters on Sunday, and Mensah called for calm.",
        "Speaking to supporters late on Monday, after the declaration, the president-elect thanked Boateng for what "
        "he called her statesmanship.",
        '"Let us be brief in our celebration," he said.',
    )
    # "the president-elect thanked Boateng" gives Boateng no title: a verb stands between
    assert found == [("Kofi Mensah", "Let us be brief in our celebration")]


def test_a_speech_verb_in_the_passive_names_no_speaker() -> None:
    found = quotes(
        "The Central Election Commission said Aman Durdyev had won.",
        "The election was called early after Batyr Durdyev, 64, who has led the country since 2007, told parliament on "
        'March 2 that he had made "a hard choice" and that it was time for "new people."',
    )
    assert found == [("Batyr Durdyev", "a hard choice"), ("Batyr Durdyev", "new people.")]


def test_a_person_of_a_body_with_its_short_name_in_brackets_speaks_not_the_body() -> None:
    found = quotes('US Attorney Dana Whitfield of the Southern District of Ohio (SDO) said the men had "built a '
                   'machine for fraud" and that her office would pursue them.')
    assert found == [("Dana Whitfield", "built a machine for fraud")]


def test_of_two_holders_of_a_post_the_description_s_own_modifier_picks_one() -> None:
    found = quotes(
        "Asha Ramdial will return as prime minister after her party won, leaving outgoing Prime Minister Carl "
        "Baptiste with one of the shortest terms.",
        "President Lena Cross swore her in on Wednesday.",
        '"We will fight on," the outgoing prime minister told supporters.',
    )
    assert found == [("Carl Baptiste", "We will fight on")]


def test_a_reference_style_link_does_not_hide_the_speaker() -> None:
    # a converter's Markdown: "[name][ref]", the target listed at the end of the file
    assert quotes('"We will not back down," union President [Dara Okonjo][okonjo] said on Thursday.') == [
        ("Dara Okonjo", "We will not back down")]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ('"We join today," said Norway\'s Minister for Trade, Ingrid Dahl, who chaired the meeting.', "Ingrid Dahl"),
        ('"We join today," said Norway\'s Ingrid Dahl.', "Ingrid Dahl"),
        ('"We join today," said Norway\'s finance ministry.', "Norwegian Finance Ministry"),
    ],
)
def test_said_a_countrys_post_then_a_name_is_the_name(sentence: str, speaker: str) -> None:
    assert quotes(sentence) == [(speaker, "We join today")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Swedish and Finnish open a quotation with the closing mark itself
        ("\u201dThe work has been of the greatest benefit,\u201d said Elin Berg, chair of the committee.",
         [("Elin Berg", "The work has been of the greatest benefit")]),
        # German closes \u201e...\u201c with the English opening mark
        ("\u201eWe will manage it\u201c, said Anna Keller on Monday.", [("Anna Keller", "We will manage it")]),
    ],
)
def test_quotation_marks_of_other_languages(sentence, expected):
    assert quotes(sentence) == expected


def test_an_exclamation_takes_its_speaker_from_the_next_sentence_that_quotes_again_after_its_verb() -> None:
    assert quotes('"We won!" Party leader Luan Berisha, who is expected to become prime minister, told supporters '
                  'on Wednesday night, declaring that "the country won".') == [
        ("Luan Berisha", "We won!"), ("Luan Berisha", "the country won")]


def test_a_pronoun_after_an_opening_phrase_without_a_comma_is_the_subject() -> None:
    assert quotes(
        "Mayor Ines Falk was the first to react.",
        'In a post on her campaign page she thanked the crews, writing, "The island is moving again."',
        'On Friday she wrote, "Thank you all."',
    ) == [("Ines Falk", "The island is moving again."), ("Ines Falk", "Thank you all.")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation inside an opening clause is that clause's subject's
        (['When the chairwoman Ines Falk read out "unanimous," the hall fell silent.'], [("Ines Falk", "unanimous")]),
        # a pronoun after a person named as subject in the same sentence is that person
        (["Ines Falk won the vote. Jonas Berg lost it.",
          'Both had promised change, but Falk offered a gentler path, pledging what she calls "a quiet reform", and'
          " lower fares."], [("Ines Falk", "a quiet reform")]),
        # a long participle phrase opens the sentence before its subject
        (["Ana Ruiz won the vote, and Jonas Berg conceded.",
          'Speaking to cheering supporters at her campaign office in the old harbour after the count, Ruiz thanked'
          ' Berg "for a fair fight".'], [("Ana Ruiz", "for a fair fight")]),
    ],
)
def test_the_subject_past_an_opening_clause_or_phrase(paragraphs, expected) -> None:
    assert quotes(*paragraphs) == expected


def test_a_statement_owned_by_the_body_the_text_named_by_its_head_noun() -> None:
    assert quotes(
        "The Harbour Authority met on Friday, its chairwoman, Ana Ruiz, told reporters.",
        "The authority's statement: \"Sailings resume at six on Saturday.\"",
    ) == [("Harbour Authority", "Sailings resume at six on Saturday.")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X's lawyer, Y,": the sentence's subject is Y whoever X is, so a "he/she said" after it is Y's
        (["Okafor's elder brother, Tunde Bello, who has spoken for the family, told reporters the sentence was"
          " expected. \u201cHe will be old when he leaves,\u201d he said."],
         [("Tunde Bello", "He will be old when he leaves")]),
        (["Okafor's lawyer, Ada Eze, said the defence would challenge it. \u201cWe will appeal,\u201d she told a"
          " news site."], [("Ada Eze", "We will appeal")]),
        # a post a relative clause gives lets the post name its holder later
        (["Announcing the change, John Okoro, who took over as governor of the central bank last week, said the"
          " unit would float.", "\u201cI do not believe in taking people's money,\u201d the governor said."],
         [("John Okoro", "I do not believe in taking people's money")]),
        # "who" after a description set off by commas is the person the description follows
        (['The captain used the presentation to answer Tom Verity, the former England fast bowler, who had called'
          ' the side "pathetic and hopeless" after the first Test.'], [("Tom Verity", "pathetic and hopeless")]),
        # a nationality describing the subject is no country speaking; "it" is the body that spoke
        (["A British lawyer also died, Britain's Foreign Office said on Thursday. \u201cWe are supporting the"
          " family of a British woman who has died,\u201d it said."],
         [("Foreign Office", "We are supporting the family of a British woman who has died")]),
    ],
)
def test_the_speaker_past_a_possessive_a_relative_clause_or_a_description(paragraphs, expected):
    assert quotes(*paragraphs) == expected


def test_a_post_called_by_its_initials_is_the_person_who_holds_it_not_a_body() -> None:
    paragraphs = ["A bench headed by Chief Justice of Kenya Martha Wanjiru delivered two judgments, one of them"
                  " written by the CJK.",
                  "\"Disclosure is essential to a free vote,\" the CJK said while reading the judgment."]
    assert quotes(*paragraphs) == [("Martha Wanjiru", "Disclosure is essential to a free vote")]
    pars = [analyse(i, p) for i, p in enumerate(paragraphs)]
    assert "CJK" not in {a.name for a in find_entities(pars, gazetteer.load(), []).actors}


def test_a_name_after_an_opening_phrase_that_ends_on_a_channel_is_the_subject_not_the_channels_name() -> None:
    paragraphs = ["Nadia De Vos, who denied wrongdoing, left the courtroom. Among the other defendants was Paul Roux,"
                  " the party's treasurer.",
                  "Speaking on the evening news of the RTN channel, De Vos called the verdict \"a political decision\".",
                  "\"I will not let myself be silenced like this,\" she said."]
    assert quotes(*paragraphs) == [("Nadia De Vos", "a political decision"),
                                   ("Nadia De Vos", "I will not let myself be silenced like this")]


def test_the_detective_is_the_detective_the_text_named() -> None:
    paragraphs = ["Outside court, Detective Inspector Mark Ellery of the regional police made a brief statement.",
                  "\"We remember that three people have died,\" the detective said."]
    assert quotes(*paragraphs) == [("Mark Ellery", "We remember that three people have died")]


def test_past_a_long_participle_phrase_a_bodys_post_and_the_name_set_off_after_it_say_who_speaks() -> None:
    paragraphs = ["Reading the tribunal's first advisory opinion on ocean pollution at the old town hall in Hamburg, "
                  "the tribunal's president, Judge Tomas Heiberg of Norway, said the emissions were \"plainly "
                  "caused by human activity\" and that their effects crossed borders.",
                  "Maria Lund, the former president of Iceland, called the opinion a \"powerful new tool\"."]
    assert quotes(*paragraphs) == [("Tomas Heiberg", "plainly caused by human activity"),
                                   ("Maria Lund", "powerful new tool")]


def test_a_described_speaker_is_not_someone_whose_post_the_text_told_as_another() -> None:
    got = quotes("Among the accused is Tomas Brell, the former energy minister who signed the deal.",
                 '"These are conjectures," Brell told reporters.',
                 '"I cannot say anything," the former prime minister told reporters.',
                 '"We will appeal," the former energy minister said.')
    assert ("Tomas Brell", "These are conjectures") in got and ("Tomas Brell", "We will appeal") in got
    assert ("Tomas Brell", "I cannot say anything") not in got


def test_said_the_countrys_captain_then_a_name_is_the_name_speaking() -> None:
    got = quotes('"There are no words for it," said the Kenya captain, Siya Molefe, who lifted the cup.',
                 '"We will look at the tape," said the Kenya coach.')
    assert ("Siya Molefe", "There are no words for it") in got


def test_the_body_a_description_named_and_the_president_of_a_story_about_one() -> None:
    got = quotes("Sea Watchline, a network of volunteers that runs a hotline for migrants, said it had warned the coast guard.",
                 'The coast guard "knew for hours that the ship was in distress," the network said.')
    assert ("Sea Watchline", "knew for hours that the ship was in distress") in got
    story = ["President Daniel Ortiz said the prisoners had been freed.",
             "Ortiz said the deal was fair, and Ortiz later spoke again. Ortiz thanked the mediators.",
             "Ana Ruiz, the daughter of former President Violeta Ruiz, was among them.",
             "Bishop Rolando Vega refused to leave. The president called the bishop's stance \"absurd\" and said he had "
             "been taken back to prison."]
    assert ("Daniel Ortiz", "absurd") in quotes(*story)


def test_he_after_a_sentence_about_the_n_year_old_is_that_person_not_the_one_named_in_passing() -> None:
    got = quotes("BRUSSELS \u2013 Bart Vermeulen, the leader of the N-VA, was sworn in as prime minister on Monday.",
                 "The 54-year-old, who has been mayor of Antwerp since 2013, took the oath before King Albert at the "
                 'palace. "I swear allegiance to the king," he said.')
    assert ("Bart Vermeulen", "I swear allegiance to the king") in got


def test_the_company_is_the_body_the_paragraph_is_about() -> None:
    got = quotes("In Tokyo, Harbour Group, a backer of the venture, fell 8 percent.",
                 "By Monday Huawei's free assistant had overtaken ChatGPT on Apple's App Store. Later that day the "
                 'company said it was limiting sign-ups because of "large-scale malicious attacks" on its services.',
                 "Nvidia's chief executive, Jensen Ho, did not comment. In a statement, the company called Huawei "
                 '"an excellent advance".')
    assert ("Huawei", "large-scale malicious attacks") in got and ("Nvidia", "an excellent advance") in got


def test_an_unnamed_spokesperson_for_someone_speaks_for_them_but_a_named_one_speaks_for_themself() -> None:
    got = quotes('A spokesman for Winston Harper said: "It is a matter of concern."',
                 'Sean Robson, a spokesperson for the coalition, said: "We have no comment."')
    assert ("Winston Harper", "It is a matter of concern.") in got and ("Sean Robson", "We have no comment.") in got


def test_his_lawyer_is_not_him_but_the_one_the_text_calls_his_lawyer_or_attorney() -> None:
    lead = 'Ismael Varga, the cartel leader, did not surrender but was "taken by force" and flown north, his lawyer said.'
    assert ("Ismael Varga", "taken by force") not in quotes(lead)
    got = quotes(lead, '"My client never negotiated," attorney Frank Pena said on Saturday.')
    assert ("Frank Pena", "taken by force") in got and ("Frank Pena", "My client never negotiated") in got


def test_a_post_abbreviated_before_a_name_is_the_post_the_text_later_writes_out() -> None:
    got = quotes("Gov. Greta Abbing ordered state troopers to track the lawmakers down.",
                 'Abbing responded within hours. "This truancy ends now," the governor wrote.')
    assert ("Greta Abbing", "This truancy ends now") in got


def test_a_persons_party_is_not_the_person() -> None:
    got = quotes("The challengers were Abdel Hassan and Youcef Amrani of the Forces Front.",
                 "Hassan\u2019s party called the turnout measure a \u201cstrange term\u201d.")
    assert ("Abdel Hassan", "strange term") not in got


def test_a_description_with_a_plurals_possessive_is_looked_past_to_the_speaker() -> None:
    got = quotes('"We are still in shock," Sam Tansen, one of the Greens\u2019 leading candidates, said on Sunday.')
    assert got == [("Sam Tansen", "We are still in shock")]


def test_a_bodys_statement_that_names_the_body_is_the_bodys() -> None:
    q = quotes('"The Cabinet of Ministers strongly condemns the attack on the market," the cabinet said on Saturday.',
               '"We reject the ministry\'s claims," the party said.')
    assert q == [("Cabinet of Ministers", "The Cabinet of Ministers strongly condemns the attack on the market"),
                 ("", "We reject the ministry's claims")]


def test_the_nationality_after_said_stands_for_the_person_just_named() -> None:
    q = quotes("Dara Quell of Norway took silver.",
               'Quell praised the winner. "He ran a perfect race," said the Norwegian.')
    assert q == [("Dara Quell", "He ran a perfect race")]


@pytest.mark.parametrize("opening", ["The next day", "The following morning", "That evening", "The same week"])
def test_a_pronoun_after_an_opening_time_phrase_is_the_sentence_subject(opening: str) -> None:
    # the pronoun is the subject, though the sentence then names someone else in passing
    got = quotes(
        "Reporter Tamar Kvirikashvili was held overnight in Kutaisi.",
        f"{opening} she was charged after pushing an officer, Davit Oniani, outside the station.",
        'She rejected the charge. "I did nothing wrong," she told the court.',
    )
    assert got == [("Tamar Kvirikashvili", "I did nothing wrong")]


def test_a_possessive_after_an_opening_time_phrase_is_no_subject_phrase() -> None:
    got = quotes(
        "Envoy Piet Smit met the mediator, Jan Vos, on Monday.",
        'The next day\'s talks, which Vos chaired, ended early. "We made progress," Smit said.',
    )
    assert got == [("Piet Smit", "We made progress")]


def test_the_president_is_not_an_electoral_bodys_president_once_named() -> None:
    got = quotes(
        "Late on Sunday, CNE president Marta Villalobos said turnout was \"about 14 percent.\"",
        'Rafael Ortega, who had urged people to vote, was undeterred. "The vote was a success," he wrote.',
        '"Ten million people voted for the first time," the president added.',
    )
    assert got[-1] == ("Rafael Ortega", "Ten million people voted for the first time")


def test_the_president_may_still_be_the_only_president_when_the_text_names_his_body() -> None:
    got = quotes(
        "The court's president, Judge Ana Lindqvist, read the ruling on Monday.",
        '"States have a duty to act," the president said.',
    )
    assert got == [("Ana Lindqvist", "States have a duty to act")]


@pytest.mark.parametrize("report, words", [
    ('He said he had asked whether to send in the troops and that Okafor had answered "send them in".', "send them in"),
    ('He said Okafor told him "send them in".', "send them in"),
])
def test_a_name_and_speech_verb_right_before_a_quotation_inside_a_report_are_its_speaker(report: str, words: str) -> None:
    got = quotes(
        "General Musa Bello spoke to reporters. President Grace Okafor denied his account.",
        '"The president told me the situation was critical," Bello said.',
        report,
    )
    assert got[-1] == ("Grace Okafor", words)


def test_a_figure_of_speech_the_writer_quotes_stays_the_writer_s() -> None:
    got = quotes('In Rome, Prime Minister Lucia Ferri wrote on X that Marco Ricci had written "a new page of history".')
    assert got == [("Lucia Ferri", "a new page of history")]


def test_an_age_no_one_was_given_is_the_person_the_story_is_about_but_not_the_one_spoken_to() -> None:
    lede = "Marta Kowal was sworn in as president of Veldoria on Monday, two days after her election win."
    more = ("Kowal, a former teacher, won 54 percent.", "Kowal promised to cut fuel prices.",
            "Kowal named her cabinet the same day.")
    got = quotes(
        lede, *more,
        "Chief Justice Piotr Nowak administered the oath. In her first address, the 55-year-old said she was "
        '"not a magician" and asked for patience.',
        'Former president Jan Zielinski walked to the rostrum. "You will fail," the 74-year-old told Kowal.',
    )
    assert got == [("Marta Kowal", "not a magician"), ("Jan Zielinski", "You will fail")]


def test_a_post_after_an_opening_phrase_without_a_comma_is_the_subject() -> None:
    got = quotes(
        'President Ana Ruiz dismissed General Tomas Vidal on Thursday. "I appointed a new chief," Ruiz said.',
        "Earlier in the day the president had posted a photograph of herself with Vidal on Telegram, saying they had "
        'talked. "The time for renewal is now," she wrote.',
    )
    assert got[-1] == ("Ana Ruiz", "The time for renewal is now")


def test_a_speech_verb_s_form_after_a_nationality_is_a_noun() -> None:
    # "state" after "Indian" is the state of Uttar Pradesh, not someone stating something
    got = quotes(
        "The syrups were made in India.",
        "Veltra Pharma, based in Noida in the northern Indian state of Uttar Pradesh, has denied the allegations "
        'and told the BBC it did not "agree" with the findings.',
    )
    assert got == [("Veltra Pharma", "agree")]


def test_a_reporting_clause_naming_a_post_tells_who_the_next_he_is():
    found = speakers(
        'Judge Marta Olsen said the operator had ignored the warnings. "The fine is $2 million," she said.',
        "The quarry has belonged to one family since 1950. Its owners are the sisters Ana Berg and Lisa Berg. The "
        "firm has no savings, the judge said, and cannot pay.",
        '"The owners appear to have profited from the quarry," she said.',
    )
    assert found["The owners appear to have profited from the quarry"] == "Marta Olsen"


def test_words_quoted_alone_after_a_sentence_about_a_person_are_that_persons():
    found = speakers(
        "Judge Marta Olsen fined the operator on Friday. The firm's owner, Ana Berg, did not attend.",
        'Olsen contrasted the owners with the rescuers who went back in. "We wait to see what the owners will do."',
        'Police closed the road. "Nobody may enter."',
    )
    assert found["We wait to see what the owners will do."] == "Marta Olsen"
    assert found.get("Nobody may enter.") in (None, "")  # a body's sentence before it: no person to give it to


def test_the_one_of_a_nation_who_speaks_is_the_person_just_named():
    found = speakers(
        "Lena Vogt set the record in 2003. Mara Ochieng broke it in Rotterdam.",
        'Vogt was at the finish and congratulated Ochieng. "She was always going to beat it," the Austrian said.',
        'Officials met in Geneva. "The talks were useful," the Swiss said.',
    )
    assert found["She was always going to beat it"] == "Lena Vogt"
    assert found.get("The talks were useful") in (None, "")  # "the Swiss": a side, not one person


def test_a_bodys_short_form_in_brackets_stands_between_its_name_and_said():
    found = speakers(
        'The aircraft vanished from radar. "All efforts are being made to establish contact," the Coastal Defence '
        'Forces (CDF) said in its first statement.')
    assert found["All efforts are being made to establish contact"] == "Coastal Defence Forces"


def test_a_second_clauses_speaker_set_off_by_commas_is_the_next_he():
    found = speakers(
        "Former President Ana Ruiz sent her condolences, and the UN resident coordinator in the country, Tomas "
        'Weller, said the deaths were a loss to all. "The UN family mourns with the nation," he said.')
    assert found["The UN family mourns with the nation"] == "Tomas Weller"


def test_a_paragraph_opening_on_a_quotation_of_its_own_goes_on_quoting_the_last_speaker() -> None:
    got = speakers('"Every post was filled unopposed," party whip Ana Ruiz told reporters.',
                   '"The new leader is Tomas Berg, his deputy is Lena Holm." Carl Dahl will take the vacant seat.')
    assert got["The new leader is Tomas Berg, his deputy is Lena Holm."] == "Ana Ruiz"
    # (a paragraph that quotes someone else after it is left to its own attribution)
    got = speakers('"Every post was filled," party whip Ana Ruiz told reporters.',
                   '"It is a fresh start." Carl Dahl, the new treasurer, called it "a relief".')
    assert got["a relief"] == "Carl Dahl"


def test_a_speaker_in_apposition_with_its_short_form_in_brackets_speaks() -> None:
    got = speakers('The state utility, the National Grid Company (NGC), reported a "total collapse of the system" '
                   'at dawn, according to the news site Energia Hoje.')
    assert got["total collapse of the system"] == "National Grid Company"


def test_a_relative_clause_that_runs_on_to_a_quotation_introduces_it_after_another_speakers_words() -> None:
    got = speakers('Tomas Reyes voted in the district on Sunday. "Our efforts are directed towards a bright future," '
                   "he told residents, according to the Presidential Press Office, which said in a statement the same "
                   'day: "The charter is the legal basis of our future."')
    assert got["Our efforts are directed towards a bright future"] == "Tomas Reyes"
    assert got["The charter is the legal basis of our future."] == "Presidential Press Office"


def test_he_in_a_clause_of_time_is_the_person_the_sentence_is_about_not_the_last_speaker() -> None:
    got = speakers("Omar Latif, one of two passengers who survived, said the plane had tried to land once.",
                   "The captain, Idris Malik, had abandoned a first landing and was circling when he told air "
                   'traffic control: "We have lost engines."')
    assert got["We have lost engines."] == "Idris Malik"


def test_the_judge_is_the_justice_the_text_named_but_not_the_justice_minister() -> None:
    assert quotes(
        "Justice Maren Ellery sentenced the former minister to a year in jail on Thursday.",
        "\"Such persons set the tone for the whole service,\" the judge said.",
    ) == [("Maren Ellery", "Such persons set the tone for the whole service")]
    assert quotes(
        "Justice Minister Ana Ruiz spoke first.",
        "\"We will appeal,\" the judge said.",
    ) == [("", "We will appeal")]


def test_a_firm_named_with_an_ampersand_speaks_after_the_quotation():
    said = speakers(
        "Harrow & Lyle rejected the offer from Talbot & k Industries on Monday.",
        '"We remain open to talks," Harrow & Lyle said in a statement.',
        '"Our board will study the matter," Talbot & k said.',
    )
    assert said["We remain open to talks"] == "Harrow & Lyle"
    assert said["Our board will study the matter"] == "Talbot & k Industries"


def test_it_read_or_said_after_a_note_or_letter_is_its_writer_speaking():
    said = speakers(
        "Governor Tomas Ferrandi was detained on Wednesday.",
        "On Thursday, Ferrandi declined to answer questions but sent a note through his lawyers. "
        '"My only crime is defending the vote," it read.',
        'Senator Lidia Moravec posted a letter online. "I am stepping down," the letter read.',
        'The Harbour Authority issued a message to shippers on Friday. "The port stays open," it said.',
    )
    assert said["My only crime is defending the vote"] == "Tomas Ferrandi"
    assert said["I am stepping down"] == "Lidia Moravec"
    assert said["The port stays open"] == "Harbour Authority"


def test_names_listed_in_a_relative_clause_are_not_the_speaker_it_describes():
    said = speakers(
        "The Federation of Coastal Shipowners, which bargains for Maersk, Hapag-Lloyd, Evergreen and others, said "
        'in a statement on Friday that it had made "the best offer in a decade".',
    )
    assert said["the best offer in a decade"] == "Federation of Coastal Shipowners"


def test_a_countrys_body_named_after_it_speaks_and_its_name_holds_no_verb():
    said = speakers(
        'The Canadian Foreign Ministry said on Friday that the law was "a grave step back".',
        'The United States State Department was "deeply concerned" by the ruling.',
        'The Kenya Defence Forces called the attack "cowardly".',
    )
    assert said["deeply concerned"] == "State Department"
    assert said["cowardly"] != "Kenya"
