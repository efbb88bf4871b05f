.class public Lcom/example/ledger/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# instance fields
.field private repository:Lcom/example/ledger/data/LedgerRepository;

.field private summaryView:Landroid/widget/TextView;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method static synthetic lambda$onCreate$0(Lcom/example/ledger/MainActivity;Landroid/view/View;)V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/ledger/ReceiptScanActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/ledger/MainActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method

.method static synthetic lambda$onCreate$1(Lcom/example/ledger/MainActivity;Landroid/view/View;)V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/ledger/InviteFriendsActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/ledger/MainActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, Lcom/example/ledger/data/LedgerRepository;->open(Landroid/content/Context;)Lcom/example/ledger/data/LedgerRepository;

    move-result-object v0

    iput-object v0, p0, Lcom/example/ledger/MainActivity;->repository:Lcom/example/ledger/data/LedgerRepository;

    new-instance v1, Landroid/widget/LinearLayout;

    invoke-direct {v1, p0}, Landroid/widget/LinearLayout;-><init>(Landroid/content/Context;)V

    const/4 v2, 0x1

    invoke-virtual {v1, v2}, Landroid/widget/LinearLayout;->setOrientation(I)V

    new-instance v2, Landroid/widget/TextView;

    invoke-direct {v2, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V

    iput-object v2, p0, Lcom/example/ledger/MainActivity;->summaryView:Landroid/widget/TextView;

    invoke-virtual {v1, v2}, Landroid/widget/LinearLayout;->addView(Landroid/view/View;)V

    new-instance v2, Landroid/widget/Button;

    invoke-direct {v2, p0}, Landroid/widget/Button;-><init>(Landroid/content/Context;)V

    const-string v3, "\u62cd\u5c0f\u7968\u8bb0\u4e00\u7b14"

    invoke-virtual {v2, v3}, Landroid/widget/Button;->setText(Ljava/lang/CharSequence;)V

    new-instance v3, Lcom/example/ledger/MainActivity$$ExternalSyntheticLambda0;

    invoke-direct {v3, p0}, Lcom/example/ledger/MainActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/ledger/MainActivity;)V

    invoke-virtual {v2, v3}, Landroid/widget/Button;->setOnClickListener(Landroid/view/View$OnClickListener;)V

    invoke-virtual {v1, v2}, Landroid/widget/LinearLayout;->addView(Landroid/view/View;)V

    new-instance v2, Landroid/widget/Button;

    invoke-direct {v2, p0}, Landroid/widget/Button;-><init>(Landroid/content/Context;)V

    const-string v3, "\u9080\u8bf7\u597d\u53cb\u4e00\u8d77\u8bb0\u8d26"

    invoke-virtual {v2, v3}, Landroid/widget/Button;->setText(Ljava/lang/CharSequence;)V

    new-instance v3, Lcom/example/ledger/MainActivity$$ExternalSyntheticLambda1;

    invoke-direct {v3, p0}, Lcom/example/ledger/MainActivity$$ExternalSyntheticLambda1;-><init>(Lcom/example/ledger/MainActivity;)V

    invoke-virtual {v2, v3}, Landroid/widget/Button;->setOnClickListener(Landroid/view/View$OnClickListener;)V

    invoke-virtual {v1, v2}, Landroid/widget/LinearLayout;->addView(Landroid/view/View;)V

    invoke-virtual {p0, v1}, Lcom/example/ledger/MainActivity;->setContentView(Landroid/view/View;)V

    return-void
.end method

.method protected onPause()V
    .registers 1

    invoke-super {p0}, Landroid/app/Activity;->onPause()V

    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onPause(Landroid/content/Context;)V

    return-void
.end method

.method protected onResume()V
    .registers 3

    invoke-super {p0}, Landroid/app/Activity;->onResume()V

    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onResume(Landroid/content/Context;)V

    iget-object v0, p0, Lcom/example/ledger/MainActivity;->summaryView:Landroid/widget/TextView;

    iget-object v1, p0, Lcom/example/ledger/MainActivity;->repository:Lcom/example/ledger/data/LedgerRepository;

    invoke-virtual {v1}, Lcom/example/ledger/data/LedgerRepository;->monthSummaryText()Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    return-void
.end method
