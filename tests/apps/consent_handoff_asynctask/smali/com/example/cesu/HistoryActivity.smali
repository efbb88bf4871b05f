.class public Lcom/example/cesu/HistoryActivity;
.super Landroid/app/Activity;
.source "HistoryActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/TextView;

    invoke-direct {v0, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V

    invoke-static {}, Lcom/example/cesu/CesuApp;->history()Lcom/example/cesu/SpeedHistory;

    move-result-object v1

    invoke-virtual {v1}, Lcom/example/cesu/SpeedHistory;->last()Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    invoke-virtual {p0, v0}, Lcom/example/cesu/HistoryActivity;->setContentView(Landroid/view/View;)V

    return-void
.end method
