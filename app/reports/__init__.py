"""Reports for supervisors and management: tables as CSV and XLSX, the weekly PDF."""
