"""The import wizard: choose a file, see what it is, choose the campaign, check every row,
import with progress and Cancel, and keep the report."""
