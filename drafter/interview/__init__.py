"""The terminal questionnaire: the questions and their order (flow), the questionary prompts (questionnaire), the
prompt_toolkit picker and outline (picker), and the amendment questions (amendflow).

May import every pipeline package below it (compose, revise, library) and the shared leaves; never the commands.
"""
