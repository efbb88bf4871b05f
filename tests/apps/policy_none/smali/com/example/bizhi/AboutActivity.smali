.class public Lcom/example/bizhi/AboutActivity;
.super Landroid/app/Activity;
.source "AboutActivity.java"


# static fields
.field public static final PRIVACY_URL:Ljava/lang/String; = "https://m.bizhi.example.com/h5/privacy.html"

.field public static final AGREEMENT_URL:Ljava/lang/String; = "https://m.bizhi.example.com/h5/agreement.html"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public openPrivacyPolicy()V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-string v1, "android.intent.action.VIEW"

    const-string v2, "https://m.bizhi.example.com/h5/privacy.html"

    invoke-static {v2}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;

    move-result-object v2

    invoke-direct {v0, v1, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;Landroid/net/Uri;)V

    invoke-virtual {p0, v0}, Lcom/example/bizhi/AboutActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method

.method public openUserAgreement()V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-string v1, "android.intent.action.VIEW"

    const-string v2, "https://m.bizhi.example.com/h5/agreement.html"

    invoke-static {v2}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;

    move-result-object v2

    invoke-direct {v0, v1, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;Landroid/net/Uri;)V

    invoke-virtual {p0, v0}, Lcom/example/bizhi/AboutActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method
