.class public interface abstract Lkotlin/coroutines/jvm/internal/SuspendFunction;
.super Ljava/lang/Object;
.source "SuspendFunction.kt"
