.class public Lcom/example/cesu/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# instance fields
.field private infoView:Landroid/widget/TextView;


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

    iput-object v0, p0, Lcom/example/cesu/MainActivity;->infoView:Landroid/widget/TextView;

    invoke-static {}, Lcom/example/cesu/CesuApp;->history()Lcom/example/cesu/SpeedHistory;

    move-result-object v1

    invoke-virtual {v1}, Lcom/example/cesu/SpeedHistory;->last()Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    invoke-virtual {p0, v0}, Lcom/example/cesu/MainActivity;->setContentView(Landroid/view/View;)V

    new-instance v0, Lcom/example/cesu/NetInfoTask;

    invoke-direct {v0, p0}, Lcom/example/cesu/NetInfoTask;-><init>(Lcom/example/cesu/MainActivity;)V

    const/4 v1, 0x0

    new-array v1, v1, [Ljava/lang/Void;

    invoke-virtual {v0, v1}, Lcom/example/cesu/NetInfoTask;->execute([Ljava/lang/Object;)Landroid/os/AsyncTask;

    return-void
.end method

.method showNetInfo(Ljava/lang/String;)V
    .registers 3

    iget-object v0, p0, Lcom/example/cesu/MainActivity;->infoView:Landroid/widget/TextView;

    invoke-virtual {v0, p1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    return-void
.end method
