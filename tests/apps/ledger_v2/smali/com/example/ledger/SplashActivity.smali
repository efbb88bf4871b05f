.class public Lcom/example/ledger/SplashActivity;
.super Landroid/app/Activity;
.source "SplashActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private goMain()V
    .registers 3

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/ledger/MainActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/ledger/SplashActivity;->startActivity(Landroid/content/Intent;)V

    invoke-virtual {p0}, Lcom/example/ledger/SplashActivity;->finish()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$0(Lcom/example/ledger/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 4

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    const/4 v0, 0x1

    invoke-static {p0, v0}, Lcom/example/ledger/util/PrivacyManager;->setAgreed(Landroid/content/Context;Z)V

    invoke-virtual {p0}, Lcom/example/ledger/SplashActivity;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    invoke-static {v0}, Lcom/example/ledger/LedgerApp;->initPushSdks(Landroid/content/Context;)V

    invoke-direct {p0}, Lcom/example/ledger/SplashActivity;->goMain()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$1(Lcom/example/ledger/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {p0}, Lcom/example/ledger/SplashActivity;->finish()V

    return-void
.end method

.method private showPrivacyDialog()V
    .registers 4

    new-instance v0, Landroid/app/AlertDialog$Builder;

    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    const-string v1, "\u7528\u6237\u534f\u8bae\u4e0e\u9690\u79c1\u653f\u7b56"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u611f\u8c22\u60a8\u4f7f\u7528\u5c0f\u9e7f\u8bb0\u8d26\uff01\u8bf7\u60a8\u5728\u4f7f\u7528\u524d\u4ed4\u7ec6\u9605\u8bfb\u300a\u7528\u6237\u534f\u8bae\u300b\u548c\u300a\u9690\u79c1\u653f\u7b56\u300b\uff0c\u4e86\u89e3\u6211\u4eec\u5982\u4f55\u6536\u96c6\u3001\u4f7f\u7528\u548c\u4fdd\u62a4\u60a8\u7684\u4e2a\u4eba\u4fe1\u606f\u3002\u70b9\u51fb\u201c\u540c\u610f\u201d\u5373\u8868\u793a\u60a8\u5df2\u9605\u8bfb\u5e76\u540c\u610f\u4e0a\u8ff0\u534f\u8bae\u3002"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u540c\u610f"

    new-instance v2, Lcom/example/ledger/SplashActivity$$ExternalSyntheticLambda0;

    invoke-direct {v2, p0}, Lcom/example/ledger/SplashActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/ledger/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u4e0d\u540c\u610f"

    new-instance v2, Lcom/example/ledger/SplashActivity$$ExternalSyntheticLambda1;

    invoke-direct {v2, p0}, Lcom/example/ledger/SplashActivity$$ExternalSyntheticLambda1;-><init>(Lcom/example/ledger/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, Lcom/example/ledger/util/PrivacyManager;->isAgreed(Landroid/content/Context;)Z

    move-result v0

    if-nez v0, :cond_d

    invoke-direct {p0}, Lcom/example/ledger/SplashActivity;->showPrivacyDialog()V

    return-void

    :cond_d
    invoke-direct {p0}, Lcom/example/ledger/SplashActivity;->goMain()V

    return-void
.end method
