.class public Lcom/example/chuxing/SplashActivity;
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

    const-class v1, Lcom/example/chuxing/MainActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/chuxing/SplashActivity;->startActivity(Landroid/content/Intent;)V

    invoke-virtual {p0}, Lcom/example/chuxing/SplashActivity;->finish()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$0(Lcom/example/chuxing/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-static {p0}, Lcom/example/chuxing/AgreementHelper;->setPrivacyAgreed(Landroid/content/Context;)V

    invoke-direct {p0}, Lcom/example/chuxing/SplashActivity;->goMain()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$1(Lcom/example/chuxing/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {p0}, Lcom/example/chuxing/SplashActivity;->finish()V

    return-void
.end method

.method private showPrivacyDialog()V
    .registers 4

    new-instance v0, Landroid/app/AlertDialog$Builder;

    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    const-string v1, "\u7528\u6237\u534f\u8bae\u4e0e\u9690\u79c1\u653f\u7b56"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u6b22\u8fce\u4f7f\u7528\u51fa\u884c\u52a9\u624b\uff01\u8bf7\u9605\u8bfb\u300a\u9690\u79c1\u653f\u7b56\u300b\u3002\u5f00\u542f\u201c\u5f00\u673a\u540e\u66f4\u65b0\u901a\u52e4\u5c0f\u7ec4\u4ef6\u201d\u529f\u80fd\u540e\uff0c\u6211\u4eec\u4f1a\u5728\u5f00\u673a\u65f6\u8bfb\u53d6\u60a8\u7684\u5927\u81f4\u4f4d\u7f6e\u4ee5\u5237\u65b0\u8def\u51b5\u3002"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u540c\u610f"

    new-instance v2, Lcom/example/chuxing/SplashActivity$$ExternalSyntheticLambda0;

    invoke-direct {v2, p0}, Lcom/example/chuxing/SplashActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/chuxing/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u4e0d\u540c\u610f"

    new-instance v2, Lcom/example/chuxing/SplashActivity$$ExternalSyntheticLambda1;

    invoke-direct {v2, p0}, Lcom/example/chuxing/SplashActivity$$ExternalSyntheticLambda1;-><init>(Lcom/example/chuxing/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, Lcom/example/chuxing/AgreementHelper;->isPrivacyAgreed(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_d

    invoke-direct {p0}, Lcom/example/chuxing/SplashActivity;->goMain()V

    return-void

    :cond_d
    invoke-direct {p0}, Lcom/example/chuxing/SplashActivity;->showPrivacyDialog()V

    return-void
.end method
